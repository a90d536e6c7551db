// Maintenance, merge: relationships between the two entities (either way) would point from the survivor
// to itself once merged; they go.
MATCH (:Entity {slug: $survivor})-[r]-(:Entity {slug: $merged})
DELETE r
