// GENERATED from cypher/templates/load-entities-new.cypher (variant Person) by `npm run cypher:generate`; do not edit.
CYPHER replan=skip
UNWIND $batch.rows AS row
CREATE (e:Entity:Person {
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
