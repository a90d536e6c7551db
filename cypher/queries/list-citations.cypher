// Test support, read-only: every fact-bearing node (entity, event, metric) and relationship with its
// citations (empty when missing), and every alias that quotes a source. The verbatim-quote test reads
// it; the API never runs it (it scans the whole graph on purpose).
CALL () {
  MATCH (n)
  WHERE n:Entity OR n:Event OR n:Metric
  RETURN 'node' AS kind,
         labels(n) AS labels,
         n.slug AS owner,
         coalesce(n.citationSources, []) AS sources,
         coalesce(n.citationQuotes, []) AS quotes
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE NOT type(r) IN ['ALIAS_OF', 'HAS_METRIC', 'REPORTED_BY', 'PARTICIPATED_IN']
  RETURN 'relationship' AS kind,
         [type(r)] AS labels,
         a.slug + ' -[' + type(r) + ']-> ' + b.slug AS owner,
         coalesce(r.citationSources, []) AS sources,
         coalesce(r.citationQuotes, []) AS quotes
  UNION ALL
  MATCH (a:Alias)
  WHERE a.quote IS NOT NULL
  RETURN 'alias' AS kind,
         ['Alias'] AS labels,
         a.entitySlug + ' alias ' + a.name AS owner,
         [a.sourceSlug] AS sources,
         [a.quote] AS quotes
}
RETURN kind, labels, owner, sources, quotes
ORDER BY kind, owner
