// Template (mustache), rendered once to cypher/queries/get-participants-by-event-slugs.cypher with the shared entity
// projection (partials/entity.cypher) filled in by `npm run cypher:generate`.
// Participants of many events at once, in a stable order (role, then name).
UNWIND $slugs AS slug
MATCH (ev:Event {slug: slug})
CALL (ev) {
  MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev)
  RETURN p.role AS role, {{#entity}}e{{/entity}} AS entity
  ORDER BY role, e.sortName
}
RETURN slug, collect({role: role, entity: entity}) AS participants
