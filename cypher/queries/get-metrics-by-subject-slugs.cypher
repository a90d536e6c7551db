// Metrics of many subjects at once, optionally one metric name, oldest first.
UNWIND $slugs AS slug
MATCH (subject:Entity {slug: slug})
CALL (subject) {
  MATCH (subject)-[:HAS_METRIC]->(m:Metric)
  WHERE $name IS NULL OR m.name = $name
  OPTIONAL MATCH (m)-[:REPORTED_BY]->(provider:Entity)
  RETURN m {.*, subjectSlug: subject.slug, reportedBySlug: provider.slug} AS metric
  ORDER BY m.dateStart, m.name, m.slug
}
RETURN slug, collect(metric) AS metrics
