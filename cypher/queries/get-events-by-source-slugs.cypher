// One page of the events each source reports (Source.events: REPORTS, written by the loader for every
// event the source has a claim on), in date order, for many sources at once; the sort key (date|slug)
// is unique, so cursors are keyset positions. Only the page's events are projected.
UNWIND $slugs AS slug
MATCH (s:Source {slug: slug})
CALL (s) {
  MATCH (s)-[:REPORTS]->(ev:Event)
  WITH ev, coalesce(toString(ev.dateStart), '') + '|' + ev.slug AS sortKey
  ORDER BY sortKey
  RETURN collect({sortKey: sortKey, ev: ev}) AS allRows
}
WITH slug, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
WITH slug, size(allRows) AS totalCount, CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS page
RETURN slug,
       totalCount,
       [row IN page | {sortKey: row.sortKey, event: properties(row.ev)}] AS rows
