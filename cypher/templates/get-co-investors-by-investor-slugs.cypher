// Template (mustache), rendered once to cypher/queries/get-co-investors-by-investor-slugs.cypher with the shared entity
// projection (partials/entity.cypher) filled in by `npm run cypher:generate`.
// Co-investors: who else invested in the companies each investor (an organisation or an angel)
// invested in, with the companies they share, by name; one page per investor.
UNWIND $slugs AS slug
MATCH (investor:Entity {slug: slug})
CALL (investor) {
  MATCH (investor)-[:INVESTED_IN]->(company:Entity)<-[:INVESTED_IN]-(other:Entity)
  WHERE other <> investor
  WITH other, collect(DISTINCT company.slug) AS companies
  RETURN other.sortName + '|' + other.slug AS sortKey, {{#entity}}other{{/entity}} AS other, companies
  ORDER BY sortKey
}
WITH slug, collect({sortKey: sortKey, other: other, companies: companies}) AS allRows
WITH slug, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
RETURN slug,
       size(allRows) AS totalCount,
       CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS rows
