// Entities of one label that the folder's load creates: the loader sends a row here only when the
// audit snapshot read before the write found no entity with its slug and the plan holds it once
// (seed.write.ts), so CREATE writes what load-entities' MERGE would, without its lookup and lock.
// One file per label of ENTITY_LABELS, like load-entities.
// replan=skip: nothing to look up; the plan never changes.
CYPHER replan=skip
UNWIND $batch.rows AS row
CREATE (e:Entity:{{LABEL}} {
  slug: row.slug,
  uid: row.uid,
  name: row.name,
  sortName: row.sortName,
  type: row.type,
  createdFrom: $sourceSlug,
  kinds: reduce(acc = [], k IN row.kinds | CASE WHEN k IN acc THEN acc ELSE acc + k END),
  description: row.description,
  citationQuotes: row.citationQuotes,
  citationSources: row.citationSources
})
