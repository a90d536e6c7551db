// GENERATED from cypher/templates/how-connected.cypher (variant hops-5) by `npm run cypher:generate`; do not edit.
OPTIONAL MATCH (fromEntity:Entity) WHERE fromEntity.slug = $fromEntity OR fromEntity.uid = $fromEntityUid
OPTIONAL MATCH (fromEvent:Event) WHERE fromEvent.slug = $fromEvent OR fromEvent.uid = $fromEventUid
WITH coalesce(fromEntity, fromEvent) AS a
OPTIONAL MATCH (toEntity:Entity) WHERE toEntity.slug = $toEntity OR toEntity.uid = $toEntityUid
OPTIONAL MATCH (toEvent:Event) WHERE toEvent.slug = $toEvent OR toEvent.uid = $toEventUid
WITH a, coalesce(toEntity, toEvent) AS b
CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = SHORTEST 10 (a)-[:FOUNDED|WORKS_AT|OWNS|SUBSIDIARY_OF|INVESTED_IN|PARTNER_OF|ACQUIRED|SUED|JOINED|LICENSED|POSITIONED_IN|PARTICIPATED_IN]-{1,5}(b)
  WITH p
  WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
  WITH p,
       size([n IN nodes(p) WHERE n:Event]) AS eventHops,
       reduce(k = '', n IN nodes(p) | k + '|' + n.slug) AS pathKey
  ORDER BY length(p), eventHops, pathKey
  LIMIT $first
  RETURN collect({
    nodes: [n IN nodes(p) |
      CASE WHEN n:Entity
        THEN {entity: n {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(n) WHERE NOT al.isName | al {.name, .language}]
}}
        ELSE {event: n {
  .uid, .slug, .type, .title, .summary, .certainty, .disputed, .dateText, .datePrecision, dateStart: toString(n.dateStart), dateEnd: toString(n.dateEnd), .amount, .currency, .valuation, .valuationCurrency, .percentage, .round, .roundCount, .legalKind, .jobTitle, .quote, .speakerDescription, .citationSources, .citationQuotes
}}
      END],
    relationships: [i IN range(0, length(p) - 1) |
      {
        type: type(relationships(p)[i]),
        outgoing: startNode(relationships(p)[i]) = nodes(p)[i],
        properties: properties(relationships(p)[i])
      }]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound,
       b IS NOT NULL AS toFound,
       CASE WHEN a IS NULL THEN NULL
            WHEN a:Entity THEN {entity: a {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(a) WHERE NOT al.isName | al {.name, .language}]
}}
            ELSE {event: a {
  .uid, .slug, .type, .title, .summary, .certainty, .disputed, .dateText, .datePrecision, dateStart: toString(a.dateStart), dateEnd: toString(a.dateEnd), .amount, .currency, .valuation, .valuationCurrency, .percentage, .round, .roundCount, .legalKind, .jobTitle, .quote, .speakerDescription, .citationSources, .citationQuotes
}}
       END AS fromNode,
       paths
