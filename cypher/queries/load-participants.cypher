// Who took part in each event, and as what.
// replan=skip: the plan is fixed by the unique constraints whatever the counts, so re-planning it
// each time an import has changed the statistics enough only costs time.
// The rows come as $batch.rows, not as a list parameter: Neo4j caches a plan per size range of a list
// parameter (1-10, 11-100, ...) and would plan the statement again for every batch of a new size.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (e:Entity {slug: row.entitySlug})
MATCH (ev:Event {slug: row.eventSlug})
MERGE (e)-[:PARTICIPATED_IN {role: row.role}]->(ev)
