// One page of each entity's events (date order), for many entities at once; the sort key
// (date|slug) is unique, so cursors are keyset positions.
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
CALL (e) {
  MATCH (e)-[p:PARTICIPATED_IN]->(ev:Event)
  WHERE $types IS NULL OR ev.type IN $types
  WITH ev, collect(p.role) AS roles, toString(ev.dateStart) + '|' + ev.slug AS sortKey
  ORDER BY sortKey
  RETURN collect({sortKey: sortKey, event: ev {.*}, roles: roles}) AS allRows
}
WITH slug, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
RETURN slug,
       size(allRows) AS totalCount,
       CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS rows
