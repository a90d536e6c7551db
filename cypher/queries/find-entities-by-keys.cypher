// Resolves seed references (slugs, names, aliases in normalized form) to existing entities.
UNWIND $keys AS key
OPTIONAL MATCH (bySlug:Entity {slug: key.slug})
OPTIONAL MATCH (alias:Alias {normalized: key.normalized})-[:ALIAS_OF]->(byAlias:Entity)
WITH key, bySlug, collect(DISTINCT byAlias {.slug, .type}) AS byAlias
RETURN key.reference AS reference,
       CASE WHEN bySlug IS NULL THEN NULL ELSE bySlug {.slug, .type} END AS bySlug,
       byAlias
