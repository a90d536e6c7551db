// Template (mustache), rendered once to cypher/queries/get-entities-by-slugs.cypher with the shared entity
// projection (partials/entity.cypher) filled in by `npm run cypher:generate`.
// Entities by slug, with their aliases (batched by the per-request DataLoader). A retired slug (of a
// renamed or merged entity) follows its Redirect to the surviving entity; `requested` is the slug asked.
UNWIND $slugs AS slug
OPTIONAL MATCH (live:Entity {slug: slug})
OPTIONAL MATCH (:Redirect {fromSlug: slug})-[:REDIRECTS_TO]->(moved:Entity)
WITH slug, coalesce(live, moved) AS e
WHERE e IS NOT NULL
RETURN slug AS requested, {{#entity}}e{{/entity}} AS entity
