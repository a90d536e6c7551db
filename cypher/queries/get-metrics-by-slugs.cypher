// Metrics by slug, with the slugs of their subject and data provider.
UNWIND $slugs AS slug
MATCH (subject:Entity)-[:HAS_METRIC]->(m:Metric {slug: slug})
OPTIONAL MATCH (m)-[:REPORTED_BY]->(provider:Entity)
RETURN m {.*, subjectSlug: subject.slug, reportedBySlug: provider.slug} AS metric
