// The timeline: one page of events matching the filter, in date order, and the total count.
// {{MATCH_EVENTS}} is either all events or one participant's; {{ORDER_INDEX}} makes the whole
// timeline read the event_date index in order (empty when starting from a participant);
// {{DIR}} is the keyset direction; {{CURSOR}} is empty on the first page, else the keyset condition
// (date, then slug) written as a range plus a CASE for ties, so the index can seek to it (an OR
// would become a union of two seeks followed by a full sort). DISTINCT: an entity may play two roles in one event.
CALL () {
  {{MATCH_EVENTS}}
  WHERE ($types IS NULL OR ev.type IN $types)
    AND ($from IS NULL OR ev.dateEnd >= date($from))
    AND ($to IS NULL OR ev.dateStart <= date($to))
  RETURN count(DISTINCT ev) AS totalCount
}
CALL () {
  {{MATCH_EVENTS}}
  {{ORDER_INDEX}}
  WHERE ev.dateStart IS NOT NULL {{CURSOR}}
    AND ($types IS NULL OR ev.type IN $types)
    AND ($from IS NULL OR ev.dateEnd >= date($from))
    AND ($to IS NULL OR ev.dateStart <= date($to))
  WITH DISTINCT ev
  ORDER BY ev.dateStart {{DIR}}, ev.slug {{DIR}}
  LIMIT $limit
  RETURN collect(ev {.*}) AS events
}
RETURN totalCount, events
