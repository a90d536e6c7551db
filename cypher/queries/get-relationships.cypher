// One page of a relationship connection for many parents at once (the per-request DataLoader groups
// parents that asked with the same arguments). The sort key (date|name|key) is unique, so cursors
// are keyset positions that stay valid when relationships are added.
// {{PATTERN}} names the connection's relationship types and direction, e.g.
// `(parent)<-[r:INVESTED_IN]-(other:Entity)`, picked from a fixed vocabulary by the code (never from
// user input): Neo4j then walks only those relationships of the parent (a hub's relationships are
// grouped by type and direction) instead of every one of them filtered by `type(r) IN $types`.
// {{COUNT}} counts them: the parent's degree for those types (`COUNT { (parent)<-[:INVESTED_IN]-() }`,
// read without walking them) or, with `asOf`, the relationships in force on that date. {{AS_OF}} is
// empty or that date's predicate. The page is the top `$limit` keys past the cursor ({{DIR}} is DESC
// when paging backwards; the rows then come last-first, as toConnection expects), and only its rows
// are projected (properties, aliases): a hub with thousands of relationships never becomes a list.
// `$part` tags the rows: the loader answers several connections of one level in one query, a UNION
// ALL of this query once per connection (relationship.loaders.ts).
UNWIND $slugs AS slug
MATCH (parent:Entity {slug: slug})
CALL (parent) {
  {{COUNT}}
}
CALL (parent) {
  MATCH {{PATTERN}}
  {{AS_OF}}
  WITH r, other, coalesce(toString(r.dateStart), '0000-00-00') + '|' + other.sortName + '|' + r.key AS sortKey
  WHERE ($after IS NULL OR sortKey > $after) AND ($before IS NULL OR sortKey < $before)
  ORDER BY sortKey {{DIR}}
  LIMIT $limit
  RETURN collect({
    sortKey: sortKey,
    relationship: r {.*, type: type(r), outgoing: startNode(r) = parent},
    other: other {
      .slug, .name, .type, .kinds, .description, .citationSources, .citationQuotes,
      aliases: [(a:Alias)-[:ALIAS_OF]->(other) WHERE NOT a.isName | a {.name, .language}]
    }
  }) AS rows
}
RETURN $part AS part, slug, totalCount, rows
