// The timeline: one page of events matching the filter, in date order, and the total count.
// {{MATCH_EVENTS}} is either all events or one participant's; {{DIR}}/{{CMP}} set the keyset direction.
CALL () {
  {{MATCH_EVENTS}}
  WHERE ($types IS NULL OR ev.type IN $types)
    AND ($from IS NULL OR ev.dateEnd >= date($from))
    AND ($to IS NULL OR ev.dateStart <= date($to))
  RETURN count(ev) AS totalCount
}
CALL () {
  {{MATCH_EVENTS}}
  WHERE ($types IS NULL OR ev.type IN $types)
    AND ($from IS NULL OR ev.dateEnd >= date($from))
    AND ($to IS NULL OR ev.dateStart <= date($to))
    AND ($cursorDate IS NULL
         OR ev.dateStart {{CMP}} date($cursorDate)
         OR (ev.dateStart = date($cursorDate) AND ev.slug {{CMP}} $cursorSlug))
  WITH ev
  ORDER BY ev.dateStart {{DIR}}, ev.slug {{DIR}}
  LIMIT $limit
  RETURN collect(ev {.*}) AS events
}
RETURN totalCount, events
