// Template (mustache): `npm run cypher:generate` writes one file per list (label), sort property,
// order and first-or-later page to cypher/queries/generated/list-entities.*.cypher.
// One page of organisations, people or products matching the filter, and the total count, read in
// the order of an index on the sort property. After the first page the keyset condition (sort value,
// then slug) is a range the index can seek plus a CASE for ties: written as
// `value > v OR (value = v AND slug > k)`, the planner turns the OR into a union of two index seeks
// and sorts everything again instead of reading the index in order.
// $relationshipDirection (OUTGOING, INCOMING or null for either) says which end of a relationship of
// $relationshipTypes the entity must be: OUTGOING keeps investors for INVESTED_IN, INCOMING their companies.
// $where holds the filter's AND/OR/NOT as alternatives of conditions (entity-list.filter.ts), so any
// nesting runs this same text; null when the filter has none.
CALL () {
  MATCH (e:Entity:{{label}})
  WHERE {{> entity-list-filter}}
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Entity:{{label}})
  USING INDEX e:Entity({{sort}})
  WHERE e.{{sort}} IS NOT NULL
{{#cursor}}
    AND e.{{sort}} {{cmp}}= $cursorValue AND CASE WHEN e.{{sort}} = $cursorValue THEN e.slug {{cmp}} $cursorSlug ELSE true END
{{/cursor}}
    AND {{> entity-list-filter}}
  WITH e
  ORDER BY e.{{sort}} {{order}}, e.slug {{order}}
  LIMIT $limit
  RETURN collect({sortValue: e.{{sort}}, entity: {{#entity}}e{{/entity}}}) AS entities
}
RETURN totalCount, entities
