// GENERATED from cypher/templates/get-entities-by-slugs.cypher by `npm run cypher:generate`; do not edit.
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
RETURN e {
  .slug, .name, .type, .kinds, .description, .citationSources, .citationQuotes, .version,
  aliases: [(al:Alias)-[:ALIAS_OF]->(e) WHERE NOT al.isName | al {.name, .language}]
} AS entity
