// The timeline: one page of events matching the filter, in date order, and the total count.
// {{MATCH_EVENTS}} is either all events or one participant's. {{FILTERS}} holds only the conditions
// the caller gave (type, from, to), each a plain predicate an index can seek on: written as
// `$x IS NULL OR ...` they could not be, and the count became a label scan. {{COUNT_WHERE}} is the
// same conditions as a WHERE (empty when there are none), {{COUNT}} counts DISTINCT events only when
// starting from a participant (an entity may play two roles in one event; all events are distinct).
// {{COUNT_INDEX}} and {{PAGE_INDEX}} name the index the count and the page are read from where the
// planner's own choice is worse (empty when starting from a participant, see event.repository.ts);
// {{DIR}} is the keyset direction; {{CURSOR}} is empty on the first page, else the keyset condition
// (date, then slug) written as a range plus a CASE for ties, so the index can seek to it (an OR
// would become a union of two seeks followed by a full sort).
CALL () {
  {{MATCH_EVENTS}}
  {{COUNT_INDEX}}
  {{COUNT_WHERE}}
  RETURN {{COUNT}} AS totalCount
}
CALL () {
  {{MATCH_EVENTS}}
  {{PAGE_INDEX}}
  WHERE ev.dateStart IS NOT NULL {{CURSOR}} {{FILTERS}}
  WITH DISTINCT ev
  ORDER BY ev.dateStart {{DIR}}, ev.slug {{DIR}}
  LIMIT $limit
  // The page's participants come with it (role, then name, as get-participants-by-event-slugs
  // orders them): a timeline is almost always shown with who took part, and this saves a round trip.
  RETURN collect(ev {.*, participants: COLLECT {
    MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev)
    WITH p, e ORDER BY p.role, e.sortName
    RETURN {role: p.role, entity: e {
      .slug, .name, .type, .kinds, .description, .citationSources, .citationQuotes,
      aliases: [(a:Alias)-[:ALIAS_OF]->(e) WHERE NOT a.isName | a {.name, .language}]
    }}
  }}) AS events
}
RETURN totalCount, events
