// The values a metric shows, chosen from all its claims by seed.arbitrate.ts.
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (m:Metric {slug: row.slug})
SET m.value = row.values.value,
    m.qualifier = coalesce(row.values.qualifier, 'EXACT'),
    m.unit = coalesce(row.values.unit, m.unit),
    m.currency = row.values.currency,
    m.certainty = row.values.certainty,
    m.dateText = row.values.dateText,
    m.datePrecision = row.values.datePrecision,
    m.dateStart = date(row.values.dateStart),
    m.dateEnd = date(row.values.dateEnd),
    m.disputed = row.disputed,
    m.citationSources = row.citationSources,
    m.citationQuotes = row.citationQuotes
