// GENERATED from cypher/templates/search-entities.cypher by `npm run cypher:generate`; do not edit.
CALL () {
  CALL db.index.fulltext.queryNodes('alias_fulltext', $lucene, {limit: $candidates})
  YIELD node, score
  RETURN node AS alias, score
  UNION ALL
  MATCH (alias:Alias {normalized: $normalized})
  RETURN alias, null AS score
}
WITH alias, coalesce(max(score), 0.0) AS textScore, count(score) < count(*) AS exact
WITH collect({alias: alias, textScore: textScore, exact: exact}) AS hits
WITH hits, reduce(top = 0.0, hit IN hits | CASE WHEN hit.textScore > top THEN hit.textScore ELSE top END) AS top
UNWIND hits AS hit
WITH hit.alias AS alias, CASE WHEN hit.exact THEN top + 1.0 + hit.textScore ELSE hit.textScore END AS score
MATCH (alias)-[:ALIAS_OF]->(e:Entity)
WHERE $kinds IS NULL OR any(kind IN e.kinds WHERE kind IN $kinds)
WITH e, alias, score
ORDER BY score DESC, alias.isName DESC, alias.name
WITH e, collect({matched: alias.name, score: score})[0] AS best
ORDER BY best.score DESC, e.sortName, e.slug
LIMIT $first
RETURN best.score AS score,
       best.matched AS matched,
       e {
  .slug, .name, .type, .kinds, .description, .citationSources, .citationQuotes, .version,
  aliases: [(al:Alias)-[:ALIAS_OF]->(e) WHERE NOT al.isName | al {.name, .language}]
} AS entity
