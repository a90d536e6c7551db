// One page of organisations, people or products matching the filter, and the total count.
// {{LABEL}} picks the list; {{SORT}} (sortName|slug) and {{DIR}} the index-backed order; {{CURSOR}}
// is empty on the first page, else the keyset condition (sort value, then slug) written as a range.
CALL () {
  MATCH (e:Entity:{{LABEL}})
  WHERE ($kinds IS NULL OR any(kind IN e.kinds WHERE kind IN $kinds))
    AND ($nameContains IS NULL
         OR e.sortName CONTAINS $nameContains
         OR EXISTS { MATCH (a:Alias)-[:ALIAS_OF]->(e) WHERE a.normalized CONTAINS $nameContains })
    AND ($relationshipTypes IS NULL OR EXISTS { MATCH (e)-[:$any($relationshipTypes)]-(:Entity) })
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Entity:{{LABEL}})
  USING INDEX e:Entity({{SORT}})
  WHERE e.{{SORT}} IS NOT NULL {{CURSOR}}
    AND ($kinds IS NULL OR any(kind IN e.kinds WHERE kind IN $kinds))
    AND ($nameContains IS NULL
         OR e.sortName CONTAINS $nameContains
         OR EXISTS { MATCH (a:Alias)-[:ALIAS_OF]->(e) WHERE a.normalized CONTAINS $nameContains })
    AND ($relationshipTypes IS NULL OR EXISTS { MATCH (e)-[:$any($relationshipTypes)]-(:Entity) })
  WITH e
  ORDER BY e.{{SORT}} {{DIR}}, e.slug {{DIR}}
  LIMIT $limit
  RETURN collect(e {
    .slug, .name, .sortName, .type, .kinds, .description, .citationSources, .citationQuotes,
    aliases: [(a:Alias)-[:ALIAS_OF]->(e) WHERE NOT a.isName | a {.name, .language}]
  }) AS entities
}
RETURN totalCount, entities
