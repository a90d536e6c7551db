// GENERATED from cypher/templates/get-entities-by-slugs.cypher by `npm run cypher:generate`; do not edit.
UNWIND $slugs AS slug
OPTIONAL MATCH (live:Entity {slug: slug})
OPTIONAL MATCH (:Redirect {fromSlug: slug})-[:REDIRECTS_TO]->(moved:Entity)
WITH slug, coalesce(live, moved) AS e
WHERE e IS NOT NULL
RETURN slug AS requested, e {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(e) WHERE NOT al.isName | al {.name, .language}]
} AS entity
