// Removes an alias (never the entity's name alias: the caller checks).
MATCH (a:Alias {entitySlug: $slug, normalized: $normalized})
DETACH DELETE a
