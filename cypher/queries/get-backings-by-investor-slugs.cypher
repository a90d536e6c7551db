// GENERATED from cypher/templates/get-backings-by-investor-slugs.cypher by `npm run cypher:generate`; do not edit.
UNWIND $slugs AS slug
MATCH (investor:Entity {slug: slug})
CALL (investor) {
  MATCH (investor)-[inv:INVESTED_IN]->(company:Entity)<-[founding:FOUNDED]-(founder:Person)
  WITH investor, founder, collect(DISTINCT company.slug) AS companies, collect(inv) AS investments, collect(DISTINCT founding) AS foundings
  OPTIONAL MATCH (investor)-[sued:SUED]->(target:Entity)
  WHERE target = founder OR target.slug IN companies
  WITH founder, companies, investments, foundings, collect(sued) AS suits
  RETURN founder.sortName + '|' + founder.slug AS sortKey,
         founder {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(founder) WHERE NOT al.isName | al {.name, .language}]
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
