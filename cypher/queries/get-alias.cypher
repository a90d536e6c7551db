// One alias of an entity, by its normalized spelling.
MATCH (a:Alias {entitySlug: $slug, normalized: $normalized})
RETURN a {.name, .language, .sourceSlug, .quote, .isName} AS alias
