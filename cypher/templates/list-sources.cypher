// Template (mustache): `npm run cypher:generate` writes one file per order and first-or-later page to
// cypher/queries/generated/list-sources.*.cypher.
// One page of sources in slug order, read off the source_slug constraint's index, and the total
// count (from the count store).
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS totalCount
}
CALL () {
  MATCH (s:Source)
  USING INDEX s:Source(slug)
  WHERE s.slug IS NOT NULL
{{#cursor}}
    AND s.slug {{cmp}} $cursorSlug
{{/cursor}}
  WITH s
  ORDER BY s.slug {{order}}
  LIMIT $limit
  RETURN collect(s {.uid, .slug, .title, .publisher, .publishedAt, .language, .originalLanguage, .kind, .url, .note}) AS sources
}
RETURN totalCount, sources
