// Maintenance, merge: every other incoming relationship of the merged entity (relationships, the metrics
// it reported, redirects of its own former slugs and ids) now ends at the survivor, same type and
// properties. Aliases move separately (merge-move-aliases).
MATCH (survivor:Entity {slug: $survivor}), (other)-[r]->(:Entity {slug: $merged})
WHERE NOT other:Alias
CREATE (other)-[moved:$(type(r))]->(survivor)
SET moved = properties(r)
DELETE r
