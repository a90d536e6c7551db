// Template (mustache), rendered once to cypher/queries/get-entities-by-slugs.cypher with the shared entity
// projection (partials/entity.cypher) filled in by `npm run cypher:generate`.
// Entities by slug, with their aliases (batched by the per-request DataLoader).
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
RETURN {{#entity}}e{{/entity}} AS entity
