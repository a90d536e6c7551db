// Template (mustache): `npm run cypher:generate` writes one file per combination of participant,
// order, first-or-later page and filters given to cypher/queries/generated/list-events.*.cypher.
// The timeline: one page of events matching the filter, in date order, and the total count.
// The events are all events or one participant's. Only the filters the caller gave (type, from, to)
// are written, each a plain predicate an index can seek on: written as `$x IS NULL OR ...` they could
// not be, and the count became a label scan. The count counts DISTINCT events only when starting
// from a participant (an entity may play two roles in one event; all events are distinct).
// `countIndex` and `pageIndex` name the index the count and the page are read from where the
// planner's own choice is worse (none when starting from a participant, see event.repository.ts).
// After the first page the keyset condition (date, then slug) is written as a range plus a CASE for
// ties, so the index can seek to it (an OR would become a union of two seeks followed by a full sort).
// A date window (`from` and `to`, not one participant's events) is read once for the count and the
// page, from an index range bounded at both ends: an event overlaps the window when it ends on or
// after `from` and starts on or before `to`, and a date that is not an interval covers at most
// {{maxSingleDateDays}} days (src/common/partial-date.ts), so it starts at most that many days before `from`. An
// interval may be longer: the few intervals that start earlier are read from their own index.
{{#window}}
CALL () {
  MATCH (ev:Event)
  USING INDEX ev:Event({{windowIndex}})
  WHERE {{#types}}ev.type IN $types AND {{/types}}ev.dateStart >= date($from) - duration({days: {{maxSingleDateDays}}}) AND ev.dateStart <= date($to) AND ev.dateEnd >= date($from)
  RETURN ev
  UNION ALL
  MATCH (ev:Event)
  USING INDEX ev:Event(datePrecision, dateStart, dateEnd, type)
  WHERE ev.datePrecision = 'INTERVAL' AND ev.dateStart < date($from) - duration({days: {{maxSingleDateDays}}}) AND ev.dateEnd >= date($from) AND {{#types}}ev.type IN $types{{/types}}{{^types}}ev.type IS NOT NULL{{/types}}
  RETURN ev
}
WITH collect(ev) AS window
CALL (window) {
  UNWIND window AS ev
  WITH ev
{{#cursor}}
  WHERE ev.dateStart {{cmp}}= date($cursorDate) AND CASE WHEN ev.dateStart = date($cursorDate) THEN ev.slug {{cmp}} $cursorSlug ELSE true END
{{/cursor}}
  ORDER BY ev.dateStart {{order}}, ev.slug {{order}}
  LIMIT $limit
{{> event-page}}

}
RETURN size(window) AS totalCount, events
{{/window}}
{{^window}}
CALL () {
{{> match-events}}
{{#countIndex}}
  USING INDEX ev:Event({{countIndex}})
{{/countIndex}}
{{#anyFilter}}
  WHERE {{#types}}ev.type IN $types{{/types}}{{#andBeforeFrom}} AND {{/andBeforeFrom}}{{#from}}ev.dateEnd >= date($from){{/from}}{{#andBeforeTo}} AND {{/andBeforeTo}}{{#to}}ev.dateStart <= date($to){{/to}}
{{/anyFilter}}
{{#participant}}
  RETURN count(DISTINCT ev) AS totalCount
{{/participant}}
{{^participant}}
  RETURN count(ev) AS totalCount
{{/participant}}
}
CALL () {
{{> match-events}}
{{#pageIndex}}
  USING INDEX ev:Event({{pageIndex}})
{{/pageIndex}}
  WHERE ev.dateStart IS NOT NULL
{{#cursor}}
    AND ev.dateStart {{cmp}}= date($cursorDate) AND CASE WHEN ev.dateStart = date($cursorDate) THEN ev.slug {{cmp}} $cursorSlug ELSE true END
{{/cursor}}
{{#types}}
    AND ev.type IN $types
{{/types}}
{{#from}}
    AND ev.dateEnd >= date($from)
{{/from}}
{{#to}}
    AND ev.dateStart <= date($to)
{{/to}}
  WITH DISTINCT ev
  ORDER BY ev.dateStart {{order}}, ev.slug {{order}}
  LIMIT $limit
{{> event-page}}

}
RETURN totalCount, events
{{/window}}
