// GENERATED from cypher/templates/load-relationships.cypher (variant JOINED) by `npm run cypher:generate`; do not edit.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:Entity {slug: row.from})
MATCH (b:Entity {slug: row.to})
MERGE (a)-[r:JOINED {key: row.key}]->(b)
SET r.title = row.props.title,
    r.eventSlug = row.props.eventSlug,
    r.leftSlug = row.props.leftSlug,
    r.kind = row.props.kind,
    r.round = row.props.round,
    r.amount = row.props.amount,
    r.currency = row.props.currency,
    r.valuation = row.props.valuation,
    r.valuationCurrency = row.props.valuationCurrency
