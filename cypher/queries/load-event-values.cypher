// The values an event shows, chosen from all its claims by seed.arbitrate.ts (load-derived-edge-values
// copies them onto the edges derived from it: one statement each, so neither plans an Eager).
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (ev:Event {slug: row.slug})
SET ev.title = row.values.title,
    ev.summary = row.values.summary,
    ev.certainty = row.values.certainty,
    ev.dateText = row.values.dateText,
    ev.datePrecision = row.values.datePrecision,
    ev.dateStart = date(row.values.dateStart),
    ev.dateEnd = date(row.values.dateEnd),
    ev.amount = row.values.amount,
    ev.currency = row.values.currency,
    ev.valuation = row.values.valuation,
    ev.valuationCurrency = row.values.valuationCurrency,
    ev.percentage = row.values.percentage,
    ev.round = row.values.round,
    ev.roundCount = row.values.roundCount,
    ev.legalKind = row.values.legalKind,
    ev.jobTitle = row.values.jobTitle,
    ev.quote = row.values.statementQuote,
    ev.speakerDescription = row.values.speakerDescription,
    ev.disputed = row.disputed,
    ev.citationSources = row.citationSources,
    ev.citationQuotes = row.citationQuotes
