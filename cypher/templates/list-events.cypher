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
  // Only what the operation selects is read of each event and its participants (event-page-plan.ts):
  // the generated files read everything; the API renders this template for the projection it needs.
  // The page's participants come with it when selected, in the order get-participants-by-event-slugs
  // gives (role, then name): a timeline is almost always shown with who took part, and this saves a
  // round trip.
  RETURN collect(ev {
    {{eventProperties}}{{#withCitations}}, .citationSources, .citationQuotes{{/withCitations}}{{#withParticipants}},
    participants: COLLECT {
      MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev)
      WITH p, e ORDER BY p.role, e.sortName
      RETURN {role: p.role, entity: {{#entity}}e{{/entity}}}
    }{{/withParticipants}}
  }) AS events
}
RETURN totalCount, events
