// Participants of many events at once, in a stable order (role, then name).
UNWIND $slugs AS slug
MATCH (ev:Event {slug: slug})
CALL (ev) {
  MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev)
  RETURN p.role AS role, e {
    .slug, .name, .type, .kinds, .description, .citationSources, .citationQuotes,
    aliases: [(a:Alias)-[:ALIAS_OF]->(e) WHERE NOT a.isName | a {.name, .language}]
  } AS entity
  ORDER BY role, e.sortName
}
RETURN slug, collect({role: role, entity: entity}) AS participants
