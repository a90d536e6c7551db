// GENERATED from cypher/templates/load-relationships-new.cypher (variant JOINED) by `npm run cypher:generate`; do not edit.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:Entity {slug: row.from})
MATCH (b:Entity {slug: row.to})
CREATE (a)-[r:JOINED {
  key: row.key,
  title: row.props.title,
  eventSlug: row.props.eventSlug,
  leftSlug: row.props.leftSlug,
  kind: row.props.kind,
  round: row.props.round,
  amount: row.props.amount,
  currency: row.props.currency,
  valuation: row.props.valuation,
  valuationCurrency: row.props.valuationCurrency
}]->(b)
