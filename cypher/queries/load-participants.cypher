// Who took part in each event, and as what.
UNWIND $rows AS row
MATCH (e:Entity {slug: row.entitySlug})
MATCH (ev:Event {slug: row.eventSlug})
MERGE (e)-[:PARTICIPATED_IN {role: row.role}]->(ev)
