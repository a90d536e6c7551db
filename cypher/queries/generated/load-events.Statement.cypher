// GENERATED from cypher/templates/load-events.cypher (variant Statement) by `npm run cypher:generate`; do not edit.
CYPHER replan=skip
UNWIND $batch.rows AS row
MERGE (ev:Event {slug: row.slug})
SET ev:Statement,
    ev.uid = coalesce(ev.uid, row.uid),
    ev.type = row.props.type,
    ev.title = row.props.title,
    ev.summary = row.props.summary,
    ev.certainty = row.props.certainty,
    ev.dateText = row.props.dateText,
    ev.datePrecision = row.props.datePrecision,
    ev.dateStart = date(row.props.dateStart),
    ev.dateEnd = date(row.props.dateEnd),
    ev.amount = row.props.amount,
    ev.currency = row.props.currency,
    ev.valuation = row.props.valuation,
    ev.valuationCurrency = row.props.valuationCurrency,
    ev.percentage = row.props.percentage,
    ev.round = row.props.round,
    ev.roundCount = row.props.roundCount,
    ev.legalKind = row.props.legalKind,
    ev.jobTitle = row.props.jobTitle,
    ev.quote = row.props.quote,
    ev.speakerDescription = row.props.speakerDescription,
    ev.citationSources = row.props.citationSources,
    ev.citationQuotes = row.props.citationQuotes
