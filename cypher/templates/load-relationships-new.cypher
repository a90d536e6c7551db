// Relationships of one type that the folder's load creates: the edges derived from an event that did
// not exist before the write (their key starts with the event's slug), each key once in the plan
// (seed.write.ts). CREATE writes what load-relationships' MERGE would, without expanding the ends'
// relationships of the type to look for the key. One file per relationship type, like load-relationships.
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:Entity {slug: row.from})
MATCH (b:Entity {slug: row.to})
CREATE (a)-[r:{{TYPE}} {
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
