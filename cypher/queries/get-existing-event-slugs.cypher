// Which of a folder's events exist before its load writes (one seek per slug on the event_slug
// constraint): the derived edges of an event the load creates are exactly the plan's, so their values
// are written by key (seed.write.ts).
UNWIND $slugs AS slug
MATCH (ev:Event {slug: slug})
RETURN collect(ev.slug) AS slugs
