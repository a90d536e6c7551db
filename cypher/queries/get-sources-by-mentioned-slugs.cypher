// One page of the sources that name each entity (Entity.mentionedIn, the way back from Source.mentions),
// in slug order, for many entities at once; the slug is the cursor's position. Only the page's sources
// are projected, without their text.
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
CALL (e) {
  MATCH (s:Source)-[:MENTIONS]->(e)
  WITH s
  ORDER BY s.slug
  RETURN collect({sortKey: s.slug, s: s}) AS allRows
}
WITH slug, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
WITH slug, size(allRows) AS totalCount, CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.s AS s
  RETURN collect({sortKey: row.sortKey, source: s {
    .slug, .title, .publisher, .publishedAt, .language, .originalLanguage, .kind, .url, .note, .textStored
  }}) AS rows
}
RETURN slug, totalCount, rows
