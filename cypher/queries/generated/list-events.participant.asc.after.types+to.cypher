// GENERATED from cypher/templates/list-events.cypher (variant participant.asc.after.types+to) by `npm run cypher:generate`; do not edit.
CALL () {
  MATCH (:Entity {slug: $participant})-[:PARTICIPATED_IN]->(ev:Event)
  WHERE ev.type IN $types AND ev.dateStart <= date($to)
  RETURN count(DISTINCT ev) AS totalCount
}
CALL () {
  MATCH (:Entity {slug: $participant})-[:PARTICIPATED_IN]->(ev:Event)
  WHERE ev.dateStart IS NOT NULL
    AND ev.dateStart >= date($cursorDate) AND CASE WHEN ev.dateStart = date($cursorDate) THEN ev.slug > $cursorSlug ELSE true END
    AND ev.type IN $types
    AND ev.dateStart <= date($to)
  WITH DISTINCT ev
  ORDER BY ev.dateStart ASC, ev.slug ASC
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
RETURN totalCount, events
