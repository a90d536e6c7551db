// The values of an event (chosen by seed.arbitrate.ts) on one of the edges derived from it, found by
// the edge's key between its two ends, which the plan computed from the event's participants (the
// loader sends this only for an event its folder creates, whose derived edges are exactly the plan's).
// One file per relationship type (src/seed/seed.queries.ts), so the expand names one type between two
// indexed ends, as load-relationship-values does: no walk over a hub's other relationships, which
// load-derived-edge-values needs for an event whose edges the plan does not know.
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:Entity {slug: row.from})-[r:{{TYPE}} {key: row.key}]->(b:Entity {slug: row.to})
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
