// Which of these entity slugs exist, with their type (a mutation's references must all resolve).
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
RETURN e.slug AS slug, e.type AS type
