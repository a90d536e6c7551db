// GENERATED from cypher/templates/list-entities.cypher (variant product.slug.asc) by `npm run cypher:generate`; do not edit.
CALL () {
  MATCH (e:Entity:Product)
  WHERE ($kinds IS NULL OR any(kind IN e.kinds WHERE kind IN $kinds))
            AND ($nameContains IS NULL
                 OR e.sortName CONTAINS $nameContains
                 OR EXISTS { MATCH (a:Alias)-[:ALIAS_OF]->(e) WHERE a.normalized CONTAINS $nameContains })
            AND ($relationshipTypes IS NULL OR EXISTS { MATCH (e)-[r:$any($relationshipTypes)]-(:Entity) WHERE $relationshipDirection IS NULL OR ($relationshipDirection = 'OUTGOING') = (startNode(r) = e) })
            AND ($where IS NULL OR any(alternative IN $where WHERE all(condition IN alternative WHERE condition.negated <> coalesce(
              CASE condition.kind
                WHEN 'KINDS' THEN any(kind IN e.kinds WHERE kind IN condition.values)
                WHEN 'NAME' THEN e.sortName CONTAINS condition.text
                                 OR EXISTS { MATCH (a:Alias)-[:ALIAS_OF]->(e) WHERE a.normalized CONTAINS condition.text }
                ELSE EXISTS { MATCH (e)-[r]-(:Entity) WHERE type(r) IN condition.values AND (condition.direction IS NULL OR (condition.direction = 'OUTGOING') = (startNode(r) = e)) }
              END, false))))
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Entity:Product)
  USING INDEX e:Entity(slug)
  WHERE e.slug IS NOT NULL
    AND ($kinds IS NULL OR any(kind IN e.kinds WHERE kind IN $kinds))
            AND ($nameContains IS NULL
                 OR e.sortName CONTAINS $nameContains
                 OR EXISTS { MATCH (a:Alias)-[:ALIAS_OF]->(e) WHERE a.normalized CONTAINS $nameContains })
            AND ($relationshipTypes IS NULL OR EXISTS { MATCH (e)-[r:$any($relationshipTypes)]-(:Entity) WHERE $relationshipDirection IS NULL OR ($relationshipDirection = 'OUTGOING') = (startNode(r) = e) })
            AND ($where IS NULL OR any(alternative IN $where WHERE all(condition IN alternative WHERE condition.negated <> coalesce(
              CASE condition.kind
                WHEN 'KINDS' THEN any(kind IN e.kinds WHERE kind IN condition.values)
                WHEN 'NAME' THEN e.sortName CONTAINS condition.text
                                 OR EXISTS { MATCH (a:Alias)-[:ALIAS_OF]->(e) WHERE a.normalized CONTAINS condition.text }
                ELSE EXISTS { MATCH (e)-[r]-(:Entity) WHERE type(r) IN condition.values AND (condition.direction IS NULL OR (condition.direction = 'OUTGOING') = (startNode(r) = e)) }
              END, false))))
  WITH e
  ORDER BY e.slug ASC, e.slug ASC
  LIMIT $limit
  RETURN collect({sortValue: e.slug, entity: e {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(e) WHERE NOT al.isName | al {.name, .language}]
}}) AS entities
}
RETURN totalCount, entities
