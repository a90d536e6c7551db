// Test support, read-only: every fact-bearing node (entity, event, metric) and relationship with its
// citations (empty when missing) and whether a reference source's claim on it has a note, and every
// alias that quotes a source. The verbatim-quote test reads
// it; the API never runs it (it scans the whole graph on purpose).
CALL () {
  MATCH (n)
  WHERE n:Entity OR n:Event OR n:Metric
  RETURN 'node' AS kind,
         labels(n) AS labels,
         n.slug AS owner,
         coalesce(n.citationSources, []) AS sources,
         coalesce(n.citationQuotes, []) AS quotes,
         EXISTS {
           MATCH (c:Claim)
           WHERE c.factKey = (CASE WHEN n:Entity THEN 'entity:' WHEN n:Event THEN 'event:' ELSE 'metric:' END) + n.slug AND size(c.notes) > 0
         } AS noted
  UNION ALL
  // Structural links carry no claim of their own: aliases, a metric's subject and reporter, event
  // participation (the event's evidence), a source's MENTIONS/REPORTS (the source is the evidence),
  // and the redirects renames and merges leave.
  MATCH (a)-[r]->(b)
  WHERE NOT type(r) IN ['ALIAS_OF', 'HAS_METRIC', 'REPORTED_BY', 'PARTICIPATED_IN', 'MENTIONS', 'REPORTS', 'REDIRECTS_TO']
  RETURN 'relationship' AS kind,
         [type(r)] AS labels,
         a.slug + ' -[' + type(r) + ']-> ' + b.slug AS owner,
         coalesce(r.citationSources, []) AS sources,
         coalesce(r.citationQuotes, []) AS quotes,
         EXISTS {
           MATCH (c:Claim)
           WHERE c.factKey = CASE WHEN r.eventSlug IS NOT NULL THEN 'event:' + r.eventSlug ELSE 'rel:' + r.key END AND size(c.notes) > 0
         } AS noted
  UNION ALL
  MATCH (a:Alias)
  WHERE a.quote IS NOT NULL
  RETURN 'alias' AS kind,
         ['Alias'] AS labels,
         a.entitySlug + ' alias ' + a.name AS owner,
         [a.sourceSlug] AS sources,
         [a.quote] AS quotes,
         false AS noted
}
RETURN kind, labels, owner, sources, quotes, noted
ORDER BY kind, owner
