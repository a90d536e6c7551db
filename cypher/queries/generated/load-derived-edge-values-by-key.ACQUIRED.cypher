// GENERATED from cypher/templates/load-derived-edge-values-by-key.cypher (variant ACQUIRED) by `npm run cypher:generate`; do not edit.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:Entity {slug: row.from})-[r:ACQUIRED {key: row.key}]->(b:Entity {slug: row.to})
SET r.certainty = row.values.certainty,
    r.dateText = row.values.dateText,
    r.datePrecision = row.values.datePrecision,
    r.dateStart = date(row.values.dateStart),
    r.dateEnd = date(row.values.dateEnd),
    r.title = row.values.jobTitle,
    r.kind = row.values.legalKind,
    r.round = row.values.round,
    r.amount = row.values.amount,
    r.currency = row.values.currency,
    r.valuation = row.values.valuation,
    r.valuationCurrency = row.values.valuationCurrency,
    r.disputed = row.disputed,
    r.citationSources = row.citationSources,
    r.citationQuotes = row.citationQuotes
