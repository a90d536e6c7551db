// Moves an entity's version after a change to its aliases, so expectedVersion sees every change.
MATCH (e:Entity {slug: $slug})
SET e.version = coalesce(e.version, 1) + 1
RETURN e.version AS version
