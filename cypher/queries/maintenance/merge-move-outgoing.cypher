// Maintenance, merge: every other outgoing relationship of the merged entity (relationships, event
// participation, metrics) is recreated from the survivor with the same type and properties (claims,
// citations, dates, keys), then the original goes. The type is dynamic ($(...), Neo4j 5.26), taken
// from the stored relationship, never from input.
MATCH (survivor:Entity {slug: $survivor}), (:Entity {slug: $merged})-[r]->(other)
CREATE (survivor)-[moved:$(type(r))]->(other)
SET moved = properties(r)
DELETE r
