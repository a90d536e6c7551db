// Resolves seed references (slugs, names, aliases in normalized form) to existing entities. A slug that
// was retired by a rename or merge resolves to the surviving entity, so re-seeding never recreates it.
UNWIND $keys AS key
OPTIONAL MATCH (live:Entity {slug: key.slug})
OPTIONAL MATCH (:Redirect {fromSlug: key.slug})-[:REDIRECTS_TO]->(moved:Entity)
WITH key, coalesce(live, moved) AS bySlug
OPTIONAL MATCH (alias:Alias {normalized: key.normalized})-[:ALIAS_OF]->(byAlias:Entity)
WITH key, bySlug, collect(DISTINCT byAlias {.slug, .type}) AS byAlias
RETURN key.reference AS reference,
       CASE WHEN bySlug IS NULL THEN NULL ELSE bySlug {.slug, .type} END AS bySlug,
       byAlias
