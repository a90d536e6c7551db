// Template (mustache), rendered once to cypher/queries/get-mentions-by-source-slugs.cypher with the shared
// entity projection (partials/entity.cypher) filled in by `npm run cypher:generate`.
// One page of the entities each source names (Source.mentions: MENTIONS, written by the loader), by
// name, for many sources at once; the sort key (sortName|slug) is unique, so cursors are keyset
// positions. Only the page's entities are projected.
UNWIND $slugs AS slug
MATCH (s:Source {slug: slug})
CALL (s) {
  MATCH (s)-[:MENTIONS]->(e:Entity)
  WITH e, e.sortName + '|' + e.slug AS sortKey
  ORDER BY sortKey
  RETURN collect({sortKey: sortKey, e: e}) AS allRows
}
WITH slug, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
WITH slug, size(allRows) AS totalCount, CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.e AS e
  RETURN collect({sortKey: row.sortKey, entity: {{#entity}}e{{/entity}}}) AS rows
}
RETURN slug, totalCount, rows
