// GENERATED from cypher/templates/get-relationships.cypher (variant products.by-name.desc.filtered) by `npm run cypher:generate`; do not edit.
UNWIND $groups AS g
WITH g
WHERE g.variant = 'products.by-name.desc.filtered'
UNWIND g.slugs AS slug
MATCH (parent:Entity {slug: slug})
CALL (parent, g) {
  MATCH (parent)-[r:OWNS]->(other:Entity)
  WHERE (g.asOf IS NULL OR ((r.dateStart IS NULL OR r.dateStart <= date(g.asOf)) AND (r.endDateEnd IS NULL OR r.endDateEnd >= date(g.asOf))))
    AND (g.round IS NULL OR r.round = g.round)
    AND (g.from IS NULL OR r.dateStart >= date(g.from))
    AND (g.to IS NULL OR r.dateStart <= date(g.to))
    AND (g.certainties IS NULL OR r.certainty IN g.certainties)
  RETURN count(*) AS totalCount
}
CALL (parent, g) {
  MATCH (parent)-[r:OWNS]->(other:Entity)
  WHERE (g.asOf IS NULL OR ((r.dateStart IS NULL OR r.dateStart <= date(g.asOf)) AND (r.endDateEnd IS NULL OR r.endDateEnd >= date(g.asOf))))
    AND (g.round IS NULL OR r.round = g.round)
    AND (g.from IS NULL OR r.dateStart >= date(g.from))
    AND (g.to IS NULL OR r.dateStart <= date(g.to))
    AND (g.certainties IS NULL OR r.certainty IN g.certainties)
  WITH g, r, other, other.sortName + '|' + coalesce(toString(r.dateStart), '0000-00-00') + '|' + r.key AS sortKey
  WHERE (g.after IS NULL OR sortKey > g.after) AND (g.before IS NULL OR sortKey < g.before)
  ORDER BY sortKey DESC
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
