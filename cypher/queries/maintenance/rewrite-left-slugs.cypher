// Maintenance: a JOINED edge (derived from a talent move) names the employer left by slug.
MATCH ()-[r:JOINED {leftSlug: $old}]->()
SET r.leftSlug = $new
