// Direct relationships of one type, stated by a seed or derived from an event; `key` makes re-loading
// idempotent. One file per type of RELATIONSHIP_TYPES (common/vocabulary.ts) is generated from this
// template (src/seed/seed.queries.ts): with a static type the MERGE expands only that type between the
// two endpoints (found through the entity_slug constraint's index), and naming every property
// (not `+= row.props`) lets the planner see that `key` is never written, so it plans no Eager. A property a row leaves out is null, i.e.
// absent, as before: rows of one key always carry the same properties.
// Certainty, focus, dates and citations are not written here: every row has a claim in the same plan,
// and the values step after the folder's writes (load-relationship-values for a stated relationship,
// load-derived-edge-values for one derived from an event) always writes them from all the claims, so
// writing them here too was work thrown away in the same transaction.
// replan=skip: the plan is fixed by the unique constraints whatever the counts, so re-planning it
// each time an import has changed the statistics enough only costs time.
// The rows come as $batch.rows, not as a list parameter: Neo4j caches a plan per size range of a list
// parameter (1-10, 11-100, ...) and would plan the statement again for every batch of a new size.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:Entity {slug: row.from})
MATCH (b:Entity {slug: row.to})
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
SET r.title = row.props.title,
    r.eventSlug = row.props.eventSlug,
    r.leftSlug = row.props.leftSlug,
    r.kind = row.props.kind,
    r.round = row.props.round,
    r.amount = row.props.amount,
    r.currency = row.props.currency,
    r.valuation = row.props.valuation,
    r.valuationCurrency = row.props.valuationCurrency
