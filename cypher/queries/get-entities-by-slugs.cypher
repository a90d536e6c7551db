// Entities by slug, with their aliases (batched by the per-request DataLoader).
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
RETURN e {
  .slug, .name, .type, .kinds, .description, .citationSources, .citationQuotes,
  aliases: [(a:Alias)-[:ALIAS_OF]->(e) WHERE NOT a.isName | a {.name, .language}]
} AS entity
