// GENERATED from cypher/templates/neighborhood.cypher (variant depth-2) by `npm run cypher:generate`; do not edit.
OPTIONAL MATCH (centerEntity:Entity) WHERE centerEntity.slug = $entity OR centerEntity.uid = $entityUid
OPTIONAL MATCH (centerEvent:Event) WHERE centerEvent.slug = $event OR centerEvent.uid = $eventUid
WITH coalesce(centerEntity, centerEvent) AS center
CALL (center) {
  WITH center
  WHERE center IS NOT NULL
  MATCH p = SHORTEST 1 (center)-[:FOUNDED|WORKS_AT|OWNS|SUBSIDIARY_OF|INVESTED_IN|PARTNER_OF|ACQUIRED|SUED|JOINED|LICENSED|POSITIONED_IN|PARTICIPATED_IN]-{1,2}(n)
  WHERE n <> center
  WITH n, length(p) AS distance,
       COUNT { (n)-[:FOUNDED|WORKS_AT|OWNS|SUBSIDIARY_OF|INVESTED_IN|PARTNER_OF|ACQUIRED|SUED|JOINED|LICENSED|POSITIONED_IN|PARTICIPATED_IN]-() } AS degree
  ORDER BY distance, degree DESC, n.slug
  LIMIT $first
  RETURN collect(n) AS reached
}
WITH center, reached,
     CASE WHEN center IS NULL THEN [] ELSE [center] + reached[0..$first - 1] END AS kept
CALL (kept) {
  UNWIND kept AS x
  MATCH (x)-[r:FOUNDED|WORKS_AT|OWNS|SUBSIDIARY_OF|INVESTED_IN|PARTNER_OF|ACQUIRED|SUED|JOINED|LICENSED|POSITIONED_IN|PARTICIPATED_IN]->(y)
  WHERE y IN kept
  WITH x, r, y
  ORDER BY x.slug, type(r), y.slug, r.key, r.role
  RETURN collect({
    type: type(r),
    fromKind: CASE WHEN x:Event THEN 'Event' WHEN x:Metric THEN 'Metric' WHEN x:Source THEN 'Source' ELSE 'Entity' END,
    fromSlug: x.slug,
    toKind: CASE WHEN y:Event THEN 'Event' WHEN y:Metric THEN 'Metric' WHEN y:Source THEN 'Source' ELSE 'Entity' END,
    toSlug: y.slug,
    properties: properties(r)
  }) AS allEdges
}
RETURN center IS NOT NULL AS found,
       size(reached) >= $first OR size(allEdges) > $maxEdges AS truncated,
       [n IN kept |
         CASE WHEN n:Entity THEN {entity: n {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(n) WHERE NOT al.isName | al {.name, .language}]
}}
              ELSE {event: n {
  .uid, .slug, .type, .title, .summary, .certainty, .disputed, .dateText, .datePrecision, dateStart: toString(n.dateStart), dateEnd: toString(n.dateEnd), .amount, .currency, .valuation, .valuationCurrency, .percentage, .round, .roundCount, .legalKind, .jobTitle, .quote, .speakerDescription, .citationSources, .citationQuotes
}}
         END] AS nodes,
       allEdges[0..$maxEdges] AS edges
