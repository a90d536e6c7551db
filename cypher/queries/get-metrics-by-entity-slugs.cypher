// The metrics of many entities at once, oldest first, in one round trip for every group of one
// level: a group asks for the figures about its entities (side 'subject', Entity.metrics) or the
// figures they reported (side 'reporter', Entity.reportedMetrics, the way back from
// Metric.reportedBy), optionally of one metric name. `part` says which group a row answers.
UNWIND $groups AS g
UNWIND g.slugs AS slug
MATCH (e:Entity {slug: slug})
CALL (e, g) {
  WITH e, g
  WHERE g.side = 'subject'
  MATCH (e)-[:HAS_METRIC]->(m:Metric)
  WHERE g.name IS NULL OR m.name = g.name
  OPTIONAL MATCH (m)-[:REPORTED_BY]->(provider:Entity)
  RETURN m, e.slug AS subjectSlug, provider.slug AS reportedBySlug
  UNION ALL
  WITH e, g
  WHERE g.side = 'reporter'
  MATCH (subject:Entity)-[:HAS_METRIC]->(m:Metric)-[:REPORTED_BY]->(e)
  WHERE g.name IS NULL OR m.name = g.name
  RETURN m, subject.slug AS subjectSlug, e.slug AS reportedBySlug
}
WITH g, slug, m, subjectSlug, reportedBySlug
ORDER BY m.dateStart, m.name, m.slug
RETURN g.part AS part, slug, collect(m {.*, subjectSlug: subjectSlug, reportedBySlug: reportedBySlug}) AS metrics
