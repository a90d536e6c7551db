// GENERATED from cypher/templates/load-entities.cypher (variant Person) by `npm run cypher:generate`; do not edit.
CYPHER replan=skip
UNWIND $batch.rows AS row
MERGE (e:Entity {slug: row.slug})
ON CREATE SET e.name = row.name, e.sortName = row.sortName, e.type = row.type, e.createdFrom = $sourceSlug
SET e:Person,
    e.uid = coalesce(e.uid, row.uid),
    e.kinds = reduce(acc = coalesce(e.kinds, []), k IN row.kinds | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    e.description = coalesce(e.description, row.description),
    e.citationQuotes = [i IN range(0, size(coalesce(e.citationSources, [])) - 1) WHERE e.citationSources[i] <> $sourceSlug | e.citationQuotes[i]] + row.citationQuotes,
    e.citationSources = [s IN coalesce(e.citationSources, []) WHERE s <> $sourceSlug] + row.citationSources
