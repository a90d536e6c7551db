// Takes the entity's write lock before reading it (SET then REMOVE of a marker), so two updates with
// the same expectedVersion cannot both read the old version: the second waits and then sees the first.
MATCH (e:Entity {slug: $slug})
SET e._lock = true
REMOVE e._lock
RETURN e {.slug, .type, .name, .description, .kinds, version: coalesce(e.version, 1)} AS entity
