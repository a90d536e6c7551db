// Who took part in an event that did not exist before its folder's load (so neither did its links; the
// rows are made distinct in seed.write.ts): CREATE instead of load-participants' MERGE, which expands
// the entity's PARTICIPATED_IN (an investor hub takes part in many events) to look for the link.
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (e:Entity {slug: row.entitySlug})
MATCH (ev:Event {slug: row.eventSlug})
CREATE (e)-[:PARTICIPATED_IN {role: row.role}]->(ev)
