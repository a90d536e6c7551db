// GENERATED from cypher/templates/get-participants-by-event-slugs.cypher by `npm run cypher:generate`; do not edit.
UNWIND $slugs AS slug
MATCH (ev:Event {slug: slug})
CALL (ev) {
  MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev)
  RETURN p.role AS role, e {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(e) WHERE NOT al.isName | al {.name, .language}]
} AS entity
  ORDER BY role, e.sortName
}
RETURN slug, collect({role: role, entity: entity}) AS participants
