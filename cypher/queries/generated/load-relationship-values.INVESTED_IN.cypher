// GENERATED from cypher/templates/load-relationship-values.cypher (variant INVESTED_IN) by `npm run cypher:generate`; do not edit.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:Entity {slug: row.from})-[r:INVESTED_IN {key: row.key}]->(b:Entity {slug: row.to})
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
