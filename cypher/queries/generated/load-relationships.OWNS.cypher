// GENERATED from cypher/templates/load-relationships.cypher (variant OWNS) by `npm run cypher:generate`; do not edit.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:Entity {slug: row.from})
MATCH (b:Entity {slug: row.to})
MERGE (a)-[r:OWNS {key: row.key}]->(b)
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
