// One page of a relationship connection for many parents at once (the per-request DataLoader groups
// parents that asked with the same arguments). The sort key (date|name|key) is unique, so cursors
// are keyset positions that stay valid when relationships are added. Only the page's rows are
// projected (properties, aliases): a hub with thousands of relationships sorts keys, not maps.
// {{PATTERN}} names the connection's relationship types and direction, e.g.
// `(parent)<-[r:INVESTED_IN]-(other:Entity)`, picked from a fixed vocabulary by the code (never from
// user input): Neo4j then walks only those relationships of the parent (a hub's relationships are
// grouped by type and direction) instead of every one of them filtered by `type(r) IN $types`.
// `$part` tags the rows: the loader answers several connections of one level in one query, a UNION
// ALL of this query once per connection (relationship.loaders.ts).
UNWIND $slugs AS slug
MATCH (parent:Entity {slug: slug})
CALL (parent) {
  MATCH {{PATTERN}}
  WHERE $asOf IS NULL OR ((r.dateStart IS NULL OR r.dateStart <= date($asOf)) AND (r.endDateEnd IS NULL OR r.endDateEnd >= date($asOf)))
  WITH r, other, coalesce(toString(r.dateStart), '0000-00-00') + '|' + other.sortName + '|' + r.key AS sortKey
  ORDER BY sortKey
  RETURN collect({sortKey: sortKey, r: r, other: other}) AS allRows
}
WITH slug, parent, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
WITH slug, parent, size(allRows) AS totalCount, CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS page
CALL (parent, page) {
  UNWIND page AS row
  WITH row.sortKey AS sortKey, row.r AS r, row.other AS other
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
