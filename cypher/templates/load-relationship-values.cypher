// The values a stated relationship of one type shows, chosen from all its claims by seed.arbitrate.ts.
// One file per type of RELATIONSHIP_TYPES is generated from this template (src/seed/seed.queries.ts),
// so the expand names one type between two indexed ends.
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:Entity {slug: row.from})-[r:{{TYPE}} {key: row.key}]->(b:Entity {slug: row.to})
SET r.certainty = row.values.certainty,
    r.dateText = row.values.dateText,
    r.datePrecision = row.values.datePrecision,
    r.dateStart = date(row.values.dateStart),
    r.dateEnd = date(row.values.dateEnd),
    r.endDateText = row.values.endDateText,
    r.endDatePrecision = row.values.endDatePrecision,
    r.endDateStart = date(row.values.endDateStart),
    r.endDateEnd = date(row.values.endDateEnd),
    r.focus = row.values.focus,
    r.disputed = row.disputed,
    r.citationSources = row.citationSources,
    r.citationQuotes = row.citationQuotes
