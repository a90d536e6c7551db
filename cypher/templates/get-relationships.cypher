// Template (mustache) of the relationship connection queries: `npm run cypher:generate` writes one
// file per whitelisted connection (types and direction, from the vocabulary) and shape (page order,
// filtered or not, sort key) to cypher/queries/generated/get-relationships.*.cypher; the code only picks a file.
//
// One page of a relationship connection for many parents at once (the per-request DataLoader groups
// parents that asked with the same arguments). The sort key (date|name|key) is unique, so cursors
// are keyset positions that stay valid when relationships are added.
// The pattern names the connection's relationship types and direction, e.g.
// `(parent)<-[r:INVESTED_IN]-(other:Entity)`: Neo4j then walks only those relationships of the parent
// (a hub's relationships are grouped by type and direction) instead of every one of them filtered by
// `type(r) IN $types`. The count is the parent's degree for those types (`COUNT { ... }`, read
// without walking them) or, with a filter (`asOf`, round, date range, certainty: partials/
// relationship-filter.cypher), the relationships that pass it. The sort key is date|name|key, or
// name|date|key ordered by name (`byName`). The page
// is the top `$limit` keys past the cursor (descending when paging backwards; the rows then come
// last-first, as toConnection expects), and only its rows are projected (properties, aliases): a hub
// with thousands of relationships never becomes a list.
// `$groups` holds every connection one level of an operation asked for ({variant, part, slugs, asOf,
// round, from, to, certainties, after, before, limit}); each file answers the groups of its own variant, so the loader sends the
// files of one level joined by UNION ALL as one query with no parameter renamed. `$limit` is the
// largest page of all groups (LIMIT takes no variable); each group keeps its own `g.limit` rows.
UNWIND $groups AS g
WITH g
WHERE g.variant = '{{variant}}'
UNWIND g.slugs AS slug
MATCH (parent:Entity {slug: slug})
CALL (parent, g) {
{{#filtered}}
  MATCH (parent){{left}}[r:{{types}}]{{right}}(other:Entity)
  WHERE {{#relationshipFilter}}g r{{/relationshipFilter}}
  RETURN count(*) AS totalCount
{{/filtered}}
{{^filtered}}
  RETURN COUNT { (parent){{left}}[:{{types}}]{{right}}() } AS totalCount
{{/filtered}}
}
CALL (parent, g) {
  MATCH (parent){{left}}[r:{{types}}]{{right}}(other:Entity)
{{#filtered}}
  WHERE {{#relationshipFilter}}g r{{/relationshipFilter}}
{{/filtered}}
{{#byName}}
  WITH g, r, other, other.sortName + '|' + coalesce(toString(r.dateStart), '0000-00-00') + '|' + r.key AS sortKey
{{/byName}}
{{^byName}}
  WITH g, r, other, coalesce(toString(r.dateStart), '0000-00-00') + '|' + other.sortName + '|' + r.key AS sortKey
{{/byName}}
  WHERE (g.after IS NULL OR sortKey > g.after) AND (g.before IS NULL OR sortKey < g.before)
  ORDER BY sortKey {{order}}
  LIMIT $limit
  RETURN collect({
    sortKey: sortKey,
    relationship: r {.*, type: type(r), outgoing: startNode(r) = parent},
    other: {{#entity}}other{{/entity}}
  }) AS rows
}
RETURN g.part AS part, slug, totalCount, rows[..g.limit] AS rows
