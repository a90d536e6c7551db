// GENERATED from cypher/templates/get-fellow-founders-by-founder-slugs.cypher by `npm run cypher:generate`; do not edit.
UNWIND $slugs AS slug
MATCH (founder:Entity:Person {slug: slug})
CALL (founder) {
  MATCH (founder)-[:FOUNDED]->(own:Entity)<-[:INVESTED_IN]-(backer:Entity)-[:INVESTED_IN]->(company:Entity)<-[:FOUNDED]-(other:Entity)
  WHERE other <> founder AND NOT (founder)-[:FOUNDED]->(company)
  WITH other, collect(DISTINCT company.slug) AS companies, collect(DISTINCT backer.slug) AS backers
  RETURN other.sortName + '|' + other.slug AS sortKey, other {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(other) WHERE NOT al.isName | al {.name, .language}]
} AS other, companies, backers
  ORDER BY sortKey
}
WITH slug, collect({sortKey: sortKey, other: other, companies: companies, backers: backers}) AS allRows
WITH slug, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
RETURN slug,
       size(allRows) AS totalCount,
       CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS rows
