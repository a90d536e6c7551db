// Direct relationships of one type, stated by a seed or derived from an event; `key` makes re-loading
// idempotent. One file per type of RELATIONSHIP_TYPES (common/vocabulary.ts) is generated from this
// template (src/seed/seed.queries.ts): with a static type the MERGE expands only that type between the
// two endpoints (found through the entity_slug constraint's index), and naming every property
// (not `+= row.props`) lets the planner see that `key` is never written, so it plans no Eager. A property a row leaves out is null, i.e.
// absent, as before: rows of one key always carry the same properties.
// SET items apply in order: citationQuotes is computed from the citationSources still stored, before
// citationSources itself is replaced, so re-loading a source replaces its citations.
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
    r.certainty = row.props.certainty,
    r.eventSlug = row.props.eventSlug,
    r.focus = row.props.focus,
    r.leftSlug = row.props.leftSlug,
    r.kind = row.props.kind,
    r.round = row.props.round,
    r.amount = row.props.amount,
    r.currency = row.props.currency,
    r.valuation = row.props.valuation,
    r.valuationCurrency = row.props.valuationCurrency,
    r.dateText = row.props.dateText,
    r.datePrecision = row.props.datePrecision,
    r.dateStart = date(row.props.dateStart),
    r.dateEnd = date(row.props.dateEnd),
    r.endDateText = row.props.endDateText,
    r.endDatePrecision = row.props.endDatePrecision,
    r.endDateStart = date(row.props.endDateStart),
    r.endDateEnd = date(row.props.endDateEnd),
    r.citationQuotes = [i IN range(0, size(coalesce(r.citationSources, [])) - 1) WHERE r.citationSources[i] <> $sourceSlug | r.citationQuotes[i]] + row.props.citationQuotes,
    r.citationSources = [s IN coalesce(r.citationSources, []) WHERE s <> $sourceSlug] + row.props.citationSources
