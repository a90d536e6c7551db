// The entities a source names, when the source did not exist before its folder's load (so none of its
// links did; the plan's rows are distinct): CREATE instead of load-mentions' MERGE, which expands the
// entity's MENTIONS (a hub is named by many sources) to look for the link.
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (s:Source {slug: $sourceSlug})
MATCH (e:Entity {slug: row.entitySlug})
CREATE (s)-[:MENTIONS]->(e)
