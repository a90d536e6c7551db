// The entities a source names (Source.mentions, Entity.mentionedIn, neighborhood's SOURCE nodes).
// Merged, never deleted: like claims, a link stays when a later load of the source drops the entity.
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (s:Source {slug: $sourceSlug})
MATCH (e:Entity {slug: row.entitySlug})
MERGE (s)-[:MENTIONS]->(e)
