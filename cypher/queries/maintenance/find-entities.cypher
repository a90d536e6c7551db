// Maintenance (src/graph/entity/entity-maintenance.ts): what each slug names now, a live entity or a
// redirect left by an earlier rename or merge, read inside the operation's write transaction.
UNWIND $slugs AS slug
OPTIONAL MATCH (live:Entity {slug: slug})
OPTIONAL MATCH (:Redirect {fromSlug: slug})-[:REDIRECTS_TO]->(moved:Entity)
RETURN slug, CASE WHEN live IS NULL THEN NULL ELSE live {.slug, .type, .uid} END AS live, moved.slug AS redirectsTo
