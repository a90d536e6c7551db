// Events by slug (batched by the per-request DataLoader).
UNWIND $slugs AS slug
MATCH (ev:Event {slug: slug})
RETURN ev {.*} AS event
