// Names and aliases as their own nodes: exact lookups use the normalized-key index, fuzzy ones the
// full-text index, and `matched` in search results is the alias node's own spelling.
// replan=skip: the plan is fixed by the unique constraints whatever the counts, so re-planning it
// each time an import has changed the statistics enough only costs time.
// The rows come as $batch.rows, not as a list parameter: Neo4j caches a plan per size range of a list
// parameter (1-10, 11-100, ...) and would plan the statement again for every batch of a new size.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (e:Entity {slug: row.entitySlug})
MERGE (a:Alias {entitySlug: row.entitySlug, normalized: row.normalized})
ON CREATE SET a.name = row.name, a.language = row.language, a.sourceSlug = row.sourceSlug, a.quote = row.quote
SET a.isName = coalesce(a.isName, false) OR row.isName
MERGE (a)-[:ALIAS_OF]->(e)
