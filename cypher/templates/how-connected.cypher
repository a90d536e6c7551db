// Template (mustache): `npm run cypher:generate` writes one file per whitelisted hop bound to
// cypher/queries/generated/how-connected.*.cypher; the relationship types followed come from the vocabulary.
// The shortest paths between two nodes (entities or events), through entity relationships and event
// participation only (never aliases, metrics or sources). An endpoint is looked up as an entity or
// as an event, whichever slug parameter is set (the other is null and matches nothing), so both
// lookups stay index-backed. SHORTEST takes neither its count nor its hop bound from parameters:
// the hop bound is written in by the generator (1-6, the validated maxHops), so the search
// stops at the bound instead of filtering afterwards, and 10 (the most paths the API returns) are
// sought, $first kept. The non-simple paths that the k-shortest search may return (a node visited
// twice) are dropped. Paths are ordered by length, then fewer
// event hops (a direct, cited relationship reads better than "both took part in ..."), then by their
// node slugs, so the answer is stable.
// The generated files read every node and relationship whole; the API renders this template again
// with what an operation selects (src/graph/compile/path-projection.ts).
// Each end is named by its slug (an old-format id) or by its uid (src/common/global-id.ts): one of the
// two parameters is null, and each side of the OR is a seek on its unique constraint's index.
OPTIONAL MATCH (fromEntity:Entity) WHERE fromEntity.slug = $fromEntity OR fromEntity.uid = $fromEntityUid
OPTIONAL MATCH (fromEvent:Event) WHERE fromEvent.slug = $fromEvent OR fromEvent.uid = $fromEventUid
WITH coalesce(fromEntity, fromEvent) AS a
OPTIONAL MATCH (toEntity:Entity) WHERE toEntity.slug = $toEntity OR toEntity.uid = $toEntityUid
OPTIONAL MATCH (toEvent:Event) WHERE toEvent.slug = $toEvent OR toEvent.uid = $toEventUid
WITH a, coalesce(toEntity, toEvent) AS b
CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = SHORTEST 10 (a)-[:{{traversalTypes}}]-{1,{{maxHops}}}(b)
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
        THEN {entity: {{#entity}}n{{/entity}}}
        ELSE {event: {{#event}}n{{/event}}}
      END],
    relationships: [i IN range(0, length(p) - 1) |
      {
        type: type(relationships(p)[i]),
        outgoing: startNode(relationships(p)[i]) = nodes(p)[i],
        properties: {{#relationshipProperties}}properties(relationships(p)[i]){{/relationshipProperties}}{{^relationshipProperties}}{}{{/relationshipProperties}}
      }]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound,
       b IS NOT NULL AS toFound,
       CASE WHEN a IS NULL THEN NULL
            WHEN a:Entity THEN {entity: {{#entity}}a{{/entity}}}
            ELSE {event: {{#event}}a{{/event}}}
       END AS fromNode,
       paths
