// Template (mustache): `npm run cypher:generate` writes one file per whitelisted depth to
// cypher/queries/generated/neighborhood.*.cypher; the relationship types followed come from the vocabulary.
// The nodes and edges around one entity or event, for drawing. The centre is looked up as an entity
// or as an event, whichever slug parameter is set. Every node within $depth hops (through entity
// relationships and event participation, never aliases, metrics or sources) is ranked by distance,
// then by how connected it is, then by slug; the first $first - 1 are kept with the centre (one more
// is read to tell whether any was left out), and the edges are every such relationship between kept
// nodes (at most $maxEdges). The hop bound of SHORTEST cannot be a parameter: the generator writes it
// in from a whitelist (1-3, the validated depth), so the search stops there.
// With `include: [METRIC]` (the `metrics` variants) the walk also follows HAS_METRIC and REPORTED_BY,
// so the figures about an entity and those it reported are nodes of the drawing. With `include: [SOURCE]`
// (the `sources` variants) it also follows MENTIONS and REPORTS: the sources naming an entity or
// reporting an event are nodes, and through them the other entities and events they cover.
// The center is named by its slug (an old-format id) or by its uid (src/common/global-id.ts): one of the
// two parameters is null, and each side of the OR is a seek on its unique constraint's index.
// The generated files read every node and relationship whole; the API renders this template again
// with what an operation selects (src/graph/compile/traversal-projection.ts), reading of a
// relationship at least what tells it apart from another of its type between the same ends (its
// role, event and title: the edge's id).
OPTIONAL MATCH (centerEntity:Entity) WHERE centerEntity.slug = $entity OR centerEntity.uid = $entityUid
OPTIONAL MATCH (centerEvent:Event) WHERE centerEvent.slug = $event OR centerEvent.uid = $eventUid
WITH coalesce(centerEntity, centerEvent) AS center
CALL (center) {
  WITH center
  WHERE center IS NOT NULL
  MATCH p = SHORTEST 1 (center)-[:{{traversalTypes}}]-{1,{{depth}}}(n)
  WHERE n <> center
  WITH n, length(p) AS distance,
       COUNT { (n)-[:{{traversalTypes}}]-() } AS degree
  ORDER BY distance, degree DESC, n.slug
  LIMIT $first
  RETURN collect(n) AS reached
}
WITH center, reached,
     CASE WHEN center IS NULL THEN [] ELSE [center] + reached[0..$first - 1] END AS kept
CALL (kept) {
  UNWIND kept AS x
  MATCH (x)-[r:{{traversalTypes}}]->(y)
  WHERE y IN kept
  WITH x, r, y
  ORDER BY x.slug, type(r), y.slug, r.key, r.role
  RETURN collect({
    type: type(r),
    fromKind: CASE WHEN x:Event THEN 'Event' WHEN x:Metric THEN 'Metric' WHEN x:Source THEN 'Source' ELSE 'Entity' END,
    fromSlug: x.slug,
    toKind: CASE WHEN y:Event THEN 'Event' WHEN y:Metric THEN 'Metric' WHEN y:Source THEN 'Source' ELSE 'Entity' END,
    toSlug: y.slug,
    properties: {{#relationshipProperties}}properties(r){{/relationshipProperties}}{{^relationshipProperties}}r {.role, .eventSlug, .title}{{/relationshipProperties}}
  }) AS allEdges
}
RETURN center IS NOT NULL AS found,
       size(reached) >= $first OR size(allEdges) > $maxEdges AS truncated,
       [n IN kept |
         CASE WHEN n:Entity THEN {entity: {{#entity}}n{{/entity}}}
{{#metrics}}
              WHEN n:Metric THEN {metric: n {.*, subjectSlug: head([(s:Entity)-[:HAS_METRIC]->(n) | s.slug]), reportedBySlug: head([(n)-[:REPORTED_BY]->(p:Entity) | p.slug])}}
{{/metrics}}
{{#sources}}
              WHEN n:Source THEN {source: n {.slug, .title, .publisher, .publishedAt, .language, .originalLanguage, .kind, .url, .note, .textStored}}
{{/sources}}
              ELSE {event: {{#event}}n{{/event}}}
         END] AS nodes,
       allEdges[0..$maxEdges] AS edges
