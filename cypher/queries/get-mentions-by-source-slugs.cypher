// GENERATED from cypher/templates/get-mentions-by-source-slugs.cypher by `npm run cypher:generate`; do not edit.
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
  RETURN collect({sortKey: row.sortKey, entity: e {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(e) WHERE NOT al.isName | al {.name, .language}]
}}) AS rows
}
RETURN slug, totalCount, rows
