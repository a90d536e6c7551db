// Maintenance: the relationships of the entity $old are keyed by their ends' slugs (`TYPE|from|to|title`
// when stated, `event|from|to` when derived, so the ends are always the 2nd and 3rd parts): their keys
// follow the slug $new, so the next seed load MERGEs onto the same relationships instead of new ones.
MATCH (:Entity {slug: $old})-[r]-()
WHERE r.key IS NOT NULL
WITH DISTINCT r, split(r.key, '|') AS parts
SET r.key = reduce(key = parts[0], i IN range(1, size(parts) - 1) | key + '|' + CASE WHEN i <= 2 AND parts[i] = $old THEN $new ELSE parts[i] END)
