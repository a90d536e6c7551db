// An entity's editable attributes and its next version. A new name becomes its name alias; the old
// name stays an alias (still found by search), no longer marked as the name.
MATCH (e:Entity {slug: $slug})
SET e.name = $name,
    e.sortName = $sortName,
    e.description = $description,
    e.kinds = $kinds,
    e.version = $version
WITH e
OPTIONAL MATCH (old:Alias {entitySlug: $slug})
WHERE old.isName AND old.normalized <> $normalized
SET old.isName = false
WITH DISTINCT e
MERGE (a:Alias {entitySlug: $slug, normalized: $normalized})
ON CREATE SET a.name = $name, a.language = 'und', a.sourceSlug = null, a.quote = null
SET a.isName = true
MERGE (a)-[:ALIAS_OF]->(e)
