// One page of each entity's events (date order), for many entities at once; the sort key
// (date|slug) is unique, so cursors are keyset positions. Only the page's events are projected: an
// entity with thousands of events sorts keys and node references, not every event's properties.
// The type filter stays a filter after the expansion on purpose: the walk must start from the entity
// (few events) rather than from the event_type_date index (every event of the type).
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
CALL (e) {
  MATCH (e)-[p:PARTICIPATED_IN]->(ev:Event)
  WHERE $types IS NULL OR ev.type IN $types
  WITH ev, collect(p.role) AS roles
  WITH ev, roles, toString(ev.dateStart) + '|' + ev.slug AS sortKey
  ORDER BY sortKey
  RETURN collect({sortKey: sortKey, ev: ev, roles: roles}) AS allRows
}
WITH slug, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
WITH slug, size(allRows) AS totalCount, CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS page
RETURN slug,
       totalCount,
       [row IN page | {sortKey: row.sortKey, event: properties(row.ev), roles: row.roles}] AS rows
