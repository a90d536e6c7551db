// Entities, merged by slug. A later source adds kinds and its own citations; it never overwrites the
// name a first source gave, and re-loading a source replaces (not duplicates) that source's citations.
UNWIND $rows AS row
MERGE (e:Entity {slug: row.slug})
ON CREATE SET e.name = row.name, e.sortName = row.sortName, e.type = row.type, e.createdFrom = $sourceSlug
SET e:$(row.label)
WITH e, row, [i IN range(0, size(coalesce(e.citationSources, [])) - 1) WHERE e.citationSources[i] <> $sourceSlug] AS kept
SET e.kinds = reduce(acc = coalesce(e.kinds, []), k IN row.kinds | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    e.description = coalesce(e.description, row.description),
    e.citationSources = [i IN kept | e.citationSources[i]] + row.citationSources,
    e.citationQuotes = [i IN kept | e.citationQuotes[i]] + row.citationQuotes
