// Metrics as observations of a subject at a date, optionally reported by a data provider.
UNWIND $rows AS row
MATCH (subject:Entity {slug: row.subject})
MERGE (m:Metric {slug: row.slug})
SET m += row.props,
    m.dateStart = date(row.props.dateStart),
    m.dateEnd = date(row.props.dateEnd)
MERGE (subject)-[:HAS_METRIC]->(m)
WITH m, row
WHERE row.reportedBy IS NOT NULL
MATCH (provider:Entity {slug: row.reportedBy})
MERGE (m)-[:REPORTED_BY]->(provider)
