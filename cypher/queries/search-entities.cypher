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
WITH collect({e: e, best: best}) AS ranked
WITH ranked,
     coalesce(head([i IN range(0, size(ranked) - 1) WHERE ranked[i].e.slug = $afterSlug | i + 1]), $afterPosition, 0) AS low,
     coalesce(head([i IN range(0, size(ranked) - 1) WHERE ranked[i].e.slug = $beforeSlug | i]), $beforePosition, size(ranked)) AS high
WITH ranked,
     CASE WHEN $backward AND high - $limit > low THEN high - $limit ELSE low END AS pageStart,
     CASE WHEN NOT $backward AND low + $limit < high THEN low + $limit ELSE high END AS pageEnd
CALL (ranked, pageStart, pageEnd) {
  UNWIND range(pageStart, pageEnd - 1) AS i
  WITH i, ranked[i].best AS best, ranked[i].e AS e
  RETURN collect({position: i, score: best.score, matched: best.matched, entity: e {
  .uid, .slug, .name, .type, .kinds, .description, .version, .citationSources, .citationQuotes,
  aliases: [(al:Alias)-[:ALIAS_OF]->(e) WHERE NOT al.isName | al {.name, .language}]
}}) AS hits
}
RETURN size(ranked) AS totalCount, hits
