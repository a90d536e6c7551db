// GENERATED from cypher/templates/get-relationships.cypher (variant portfolio.asc) by `npm run cypher:generate`; do not edit.
UNWIND $groups AS g
WITH g
WHERE g.variant = 'portfolio.asc'
UNWIND g.slugs AS slug
MATCH (parent:Entity {slug: slug})
CALL (parent, g) {
  RETURN COUNT { (parent)-[:INVESTED_IN]->() } AS totalCount
}
CALL (parent, g) {
  MATCH (parent)-[r:INVESTED_IN]->(other:Entity)
  WITH g, r, other, coalesce(toString(r.dateStart), '0000-00-00') + '|' + other.sortName + '|' + r.key AS sortKey
  WHERE (g.after IS NULL OR sortKey > g.after) AND (g.before IS NULL OR sortKey < g.before)
  ORDER BY sortKey ASC
  LIMIT $limit
  RETURN collect({
    sortKey: sortKey,
    relationship: r {.*, type: type(r), outgoing: startNode(r) = parent},
    other: other {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(other) WHERE NOT al.isName | al {.name, .language}]
}
  }) AS rows
}
RETURN g.part AS part, slug, totalCount, rows[..g.limit] AS rows
