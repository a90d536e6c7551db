// Maintenance, merge: the merged entity's names become aliases of the survivor (its canonical name too,
// so a search for it still finds the survivor); a name the survivor already has is dropped as a duplicate.
MATCH (survivor:Entity {slug: $survivor}), (a:Alias)-[link:ALIAS_OF]->(:Entity {slug: $merged})
OPTIONAL MATCH (twin:Alias {entitySlug: $survivor, normalized: a.normalized})
WITH survivor, a, link, count(twin) > 0 AS duplicate
FOREACH (_ IN CASE WHEN duplicate THEN [1] ELSE [] END | DETACH DELETE a)
FOREACH (_ IN CASE WHEN duplicate THEN [] ELSE [1] END |
  DELETE link
  SET a.entitySlug = $survivor, a.isName = false
  CREATE (a)-[:ALIAS_OF]->(survivor))
