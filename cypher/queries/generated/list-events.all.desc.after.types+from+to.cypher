// GENERATED from cypher/templates/list-events.cypher (variant all.desc.after.types+from+to) by `npm run cypher:generate`; do not edit.
CALL () {
  MATCH (ev:Event)
  USING INDEX ev:Event(type, dateStart, dateEnd)
  WHERE ev.type IN $types AND ev.dateStart >= date($from) - duration({days: 366}) AND ev.dateStart <= date($to) AND ev.dateEnd >= date($from)
  RETURN ev
  UNION ALL
  MATCH (ev:Event)
  USING INDEX ev:Event(datePrecision, dateStart, dateEnd, type)
  WHERE ev.datePrecision = 'INTERVAL' AND ev.dateStart < date($from) - duration({days: 366}) AND ev.dateEnd >= date($from) AND ev.type IN $types
  RETURN ev
}
WITH collect(ev) AS window
CALL (window) {
  UNWIND window AS ev
  WITH ev
  WHERE ev.dateStart <= date($cursorDate) AND CASE WHEN ev.dateStart = date($cursorDate) THEN ev.slug < $cursorSlug ELSE true END
  ORDER BY ev.dateStart DESC, ev.slug DESC
  LIMIT $limit
  RETURN collect(ev {
    .uid, .slug, .type, .title, .summary, .certainty, .disputed, .dateText, .datePrecision, dateStart: toString(ev.dateStart), dateEnd: toString(ev.dateEnd), .amount, .currency, .valuation, .valuationCurrency, .percentage, .round, .roundCount, .legalKind, .jobTitle, .quote, .speakerDescription, .citationSources, .citationQuotes,
    participants: COLLECT {
      MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev)
      WITH p, e ORDER BY p.role, e.sortName
      RETURN {role: p.role, entity: e {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(e) WHERE NOT al.isName | al {.name, .language}]
}}
    }
  }) AS events
}
RETURN size(window) AS totalCount, events
