// GENERATED from cypher/templates/get-backings-by-founder-slugs.cypher by `npm run cypher:generate`; do not edit.
UNWIND $slugs AS slug
MATCH (founder:Entity:Person {slug: slug})
CALL (founder) {
  MATCH (founder)-[founding:FOUNDED]->(company:Entity)<-[inv:INVESTED_IN]-(investor:Entity)
  WITH founder, investor, collect(DISTINCT company.slug) AS companies, collect(inv) AS investments, collect(DISTINCT founding) AS foundings
  OPTIONAL MATCH (investor)-[sued:SUED]->(target:Entity)
  WHERE target = founder OR target.slug IN companies
  WITH investor, companies, investments, foundings, collect(sued) AS suits
  RETURN investor.sortName + '|' + investor.slug AS sortKey,
         investor {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(investor) WHERE NOT al.isName | al {.name, .language}]
} AS other,
         companies,
         [s IN ['INVESTED'] WHERE any(i IN investments WHERE i.endDateStart IS NULL)]
           + CASE WHEN size(suits) > 0 THEN ['SUING'] ELSE [] END
           + CASE WHEN any(i IN investments WHERE i.endDateStart IS NOT NULL) THEN ['EXITED'] ELSE [] END AS states,
         reduce(c = [], r IN investments + suits | c + [i IN range(0, size(r.citationSources) - 1) | {source: r.citationSources[i], quote: r.citationQuotes[i]}]) AS citations,
         [r IN investments + foundings + suits | CASE WHEN r.eventSlug IS NOT NULL THEN 'event:' + r.eventSlug ELSE 'rel:' + r.key END] AS factKeys
  ORDER BY sortKey
}
WITH slug, collect({sortKey: sortKey, other: other, companies: companies, states: states, citations: citations, factKeys: factKeys}) AS allRows
WITH slug, allRows, [row IN allRows WHERE ($after IS NULL OR row.sortKey > $after) AND ($before IS NULL OR row.sortKey < $before)] AS window
RETURN slug,
       size(allRows) AS totalCount,
       CASE WHEN $backward THEN reverse(window)[0..$limit] ELSE window[0..$limit] END AS rows
