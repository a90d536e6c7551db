// Names and aliases as their own nodes: exact lookups use the normalized-key index, fuzzy ones the
// full-text index, and `matched` in search results is the alias node's own spelling.
UNWIND $rows AS row
MATCH (e:Entity {slug: row.entitySlug})
MERGE (a:Alias {entitySlug: row.entitySlug, normalized: row.normalized})
ON CREATE SET a.name = row.name, a.language = row.language, a.sourceSlug = row.sourceSlug, a.quote = row.quote
SET a.isName = coalesce(a.isName, false) OR row.isName
MERGE (a)-[:ALIAS_OF]->(e)
