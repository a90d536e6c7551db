// One source's claims, merged by key (`<source>|<fact key>|<n>`): re-loading a source updates its own
// claims, and a later source only adds its own; no load deletes a claim (a withdrawn one is marked
// RETRACTED or SUPERSEDED in its seed). Every property is named, so the plan has no Eager.
// replan=skip: the plan is fixed by the unique constraint whatever the counts.
// The rows come as $batch.rows, not as a list parameter (one cached plan for every batch size).
CYPHER replan=skip
UNWIND $batch.rows AS row
MERGE (c:Claim {key: row.key})
SET c.factKey = row.factKey,
    c.factKind = row.factKind,
    c.sourceSlug = row.sourceSlug,
    c.sourceRank = row.sourceRank,
    c.stance = row.stance,
    c.status = row.status,
    c.pinned = row.pinned,
    c.quotes = row.quotes,
    c.notes = row.notes,
    c.certainty = row.certainty,
    c.dateText = row.dateText,
    c.datePrecision = row.datePrecision,
    c.dateStart = row.dateStart,
    c.dateEnd = row.dateEnd,
    c.endDateText = row.endDateText,
    c.endDatePrecision = row.endDatePrecision,
    c.endDateStart = row.endDateStart,
    c.endDateEnd = row.endDateEnd,
    c.amount = row.amount,
    c.currency = row.currency,
    c.valuation = row.valuation,
    c.valuationCurrency = row.valuationCurrency,
    c.value = row.value,
    c.qualifier = row.qualifier,
    c.unit = row.unit,
    c.percentage = row.percentage,
    c.round = row.round,
    c.roundCount = row.roundCount,
    c.legalKind = row.legalKind,
    c.jobTitle = row.jobTitle,
    c.title = row.title,
    c.summary = row.summary,
    c.statementQuote = row.statementQuote,
    c.speakerDescription = row.speakerDescription,
    c.focus = row.focus,
    c.attributedTo = row.attributedTo,
    c.entityName = row.entityName,
    c.description = row.description,
    c.editorial = row.editorial
