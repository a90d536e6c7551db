// Direct relationships, stated by a seed or derived from an event; `key` makes re-loading idempotent.
UNWIND $rows AS row
MATCH (a:Entity {slug: row.from})
MATCH (b:Entity {slug: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
WITH r, row, [i IN range(0, size(coalesce(r.citationSources, [])) - 1) WHERE r.citationSources[i] <> $sourceSlug] AS kept
SET r += row.props,
    r.citationSources = [i IN kept | r.citationSources[i]] + row.props.citationSources,
    r.citationQuotes = [i IN kept | r.citationQuotes[i]] + row.props.citationQuotes,
    r.dateStart = CASE WHEN row.props.dateStart IS NULL THEN NULL ELSE date(row.props.dateStart) END,
    r.dateEnd = CASE WHEN row.props.dateEnd IS NULL THEN NULL ELSE date(row.props.dateEnd) END,
    r.endDateStart = CASE WHEN row.props.endDateStart IS NULL THEN NULL ELSE date(row.props.endDateStart) END,
    r.endDateEnd = CASE WHEN row.props.endDateEnd IS NULL THEN NULL ELSE date(row.props.endDateEnd) END
