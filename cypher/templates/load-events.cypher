// Events of one type as first-class nodes (the timeline), labelled Event plus its own label, one
// file per label of EVENT_LABELS (common/vocabulary.ts) generated from this template (src/seed/seed.queries.ts). Every property is named (not `+= row.props`), so
// the planner knows the MERGE's slug is never written and plans no Eager; a null removes a property.
// replan=skip: the plan is fixed by the unique constraints whatever the counts, so re-planning it
// each time an import has changed the statistics enough only costs time.
// The rows come as $batch.rows, not as a list parameter: Neo4j caches a plan per size range of a list
// parameter (1-10, 11-100, ...) and would plan the statement again for every batch of a new size.
CYPHER replan=skip
UNWIND $batch.rows AS row
MERGE (ev:Event {slug: row.slug})
SET ev:{{LABEL}},
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
