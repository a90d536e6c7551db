// Metrics as observations of a subject at a date, optionally reported by a data provider. Every
// property is named (not `+= row.props`), so the plan has no Eager.
// replan=skip: the plan is fixed by the unique constraints whatever the counts, so re-planning it
// each time an import has changed the statistics enough only costs time.
// The rows come as $batch.rows, not as a list parameter: Neo4j caches a plan per size range of a list
// parameter (1-10, 11-100, ...) and would plan the statement again for every batch of a new size.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (subject:Entity {slug: row.subject})
MERGE (m:Metric {slug: row.slug})
SET m.uid = coalesce(m.uid, row.uid),
    m.name = row.props.name,
    m.value = row.props.value,
    m.qualifier = row.props.qualifier,
    m.unit = row.props.unit,
    m.currency = row.props.currency,
    m.certainty = row.props.certainty,
    m.dateText = row.props.dateText,
    m.datePrecision = row.props.datePrecision,
    m.dateStart = date(row.props.dateStart),
    m.dateEnd = date(row.props.dateEnd),
    m.citationSources = row.props.citationSources,
    m.citationQuotes = row.props.citationQuotes
MERGE (subject)-[:HAS_METRIC]->(m)
WITH m, row
WHERE row.reportedBy IS NOT NULL
MATCH (provider:Entity {slug: row.reportedBy})
MERGE (m)-[:REPORTED_BY]->(provider)
