// The values of an event (chosen by seed.arbitrate.ts) on the edges derived from it, found through its
// participants (an index seek on the event, then its few participants' edges: no relationship scan).
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (:Event {slug: row.slug})<-[:PARTICIPATED_IN]-(:Entity)-[r]->(:Entity)
WHERE r.eventSlug = row.slug
WITH DISTINCT r, row
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
