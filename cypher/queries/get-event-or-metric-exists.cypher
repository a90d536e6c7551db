// Whether an event or a metric with this slug exists.
OPTIONAL MATCH (e:Event {slug: $slug})
OPTIONAL MATCH (m:Metric {slug: $slug})
RETURN e IS NOT NULL AS event, m IS NOT NULL AS metric
