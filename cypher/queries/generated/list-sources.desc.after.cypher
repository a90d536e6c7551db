// GENERATED from cypher/templates/list-sources.cypher (variant desc.after) by `npm run cypher:generate`; do not edit.
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS totalCount
}
CALL () {
  MATCH (s:Source)
  USING INDEX s:Source(slug)
  WHERE s.slug IS NOT NULL
    AND s.slug < $cursorSlug
  WITH s
  ORDER BY s.slug DESC
  LIMIT $limit
  RETURN collect(s {.uid, .slug, .title, .publisher, .publishedAt, .language, .originalLanguage, .kind, .url, .note}) AS sources
}
RETURN totalCount, sources
