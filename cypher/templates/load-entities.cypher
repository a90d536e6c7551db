// Entities of one label, merged by slug (the entity_slug constraint's index). A new entity gets the
// row's uid (its stable id); an existing one keeps its own (one stored before uids were gets it now).
// A later source adds kinds and its own citations (the name and description shown are chosen afterwards
// from every declaration: load-entity-values.cypher), and re-loading a source replaces (not duplicates)
// that source's citations. The label is static: one file per label of ENTITY_LABELS (common/vocabulary.ts)
// is generated from this template (src/seed/seed.queries.ts), so the plan has no Eager.
// SET items apply in order: citationQuotes is computed from the citationSources still stored, before
// citationSources itself is replaced. Reading and writing a property in one SET keeps it one operator.
// replan=skip: the plan is fixed by the unique constraints whatever the counts, so re-planning it
// each time an import has changed the statistics enough only costs time.
// The rows come as $batch.rows, not as a list parameter: Neo4j caches a plan per size range of a list
// parameter (1-10, 11-100, ...) and would plan the statement again for every batch of a new size.
CYPHER replan=skip
UNWIND $batch.rows AS row
MERGE (e:Entity {slug: row.slug})
ON CREATE SET e.name = row.name, e.sortName = row.sortName, e.type = row.type, e.createdFrom = $sourceSlug
SET e:{{LABEL}},
    e.uid = coalesce(e.uid, row.uid),
    e.kinds = reduce(acc = coalesce(e.kinds, []), k IN row.kinds | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    e.description = coalesce(e.description, row.description),
    e.citationQuotes = [i IN range(0, size(coalesce(e.citationSources, [])) - 1) WHERE e.citationSources[i] <> $sourceSlug | e.citationQuotes[i]] + row.citationQuotes,
    e.citationSources = [s IN coalesce(e.citationSources, []) WHERE s <> $sourceSlug] + row.citationSources
