// GENERATED from cypher/templates/get-co-investors-by-investor-slugs.cypher by `npm run cypher:generate`; do not edit.
UNWIND $slugs AS slug
MATCH (investor:Entity {slug: slug})
CALL (investor) {
  MATCH (investor)-[:INVESTED_IN]->(company:Entity)<-[:INVESTED_IN]-(other:Entity)
  WHERE other <> investor
  WITH other, collect(DISTINCT company.slug) AS companies
  RETURN other.sortName + '|' + other.slug AS sortKey, other {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(other) WHERE NOT al.isName | al {.name, .language}]
} AS other, companies
  ORDER BY sortKey
}
WITH slug, collect({sortKey: sortKey, other: other, companies: companies}) AS allRows
WITH slug, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
RETURN slug,
       size(allRows) AS totalCount,
       CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS rows
