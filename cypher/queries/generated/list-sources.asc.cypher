// GENERATED from cypher/templates/list-sources.cypher (variant asc) by `npm run cypher:generate`; do not edit.
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS totalCount
}
CALL () {
  MATCH (s:Source)
  USING INDEX s:Source(slug)
  WHERE s.slug IS NOT NULL
  WITH s
  ORDER BY s.slug ASC
  LIMIT $limit
  RETURN collect(s {.uid, .slug, .title, .publisher, .publishedAt, .language, .originalLanguage, .kind, .url, .note}) AS sources
}
RETURN totalCount, sources
