// Maintenance: claims name entities by slug in their fact key (`entity:<slug>`, `rel:TYPE|from|to|title`),
// in their own key (`<source>|<fact key>|<n>`) and in `attributedTo`; all follow $old -> $new, so the
// next load of their source updates them in place. Scans the claims: maintenance is rare and the label
// small next to a load. When the survivor of a merge already has the same source's claim on the same
// fact (the new key is taken), that claim stands and this duplicate goes.
MATCH (c:Claim)
WHERE c.factKey = 'entity:' + $old OR c.attributedTo = $old OR (c.factKey STARTS WITH 'rel:' AND $old IN split(c.factKey, '|')[1..3])
WITH c, split(c.factKey, '|') AS parts
WITH c, CASE
         WHEN c.factKey = 'entity:' + $old THEN 'entity:' + $new
         WHEN c.factKey STARTS WITH 'rel:' THEN reduce(key = parts[0], i IN range(1, size(parts) - 1) | key + '|' + CASE WHEN i <= 2 AND parts[i] = $old THEN $new ELSE parts[i] END)
         ELSE c.factKey
       END AS factKey
WITH c, factKey, c.sourceSlug + '|' + factKey + '|' + last(split(c.key, '|')) AS key
OPTIONAL MATCH (twin:Claim {key: key}) WHERE twin <> c
WITH c, factKey, key, count(twin) > 0 AS taken
FOREACH (_ IN CASE WHEN taken THEN [1] ELSE [] END | DETACH DELETE c)
FOREACH (_ IN CASE WHEN taken THEN [] ELSE [1] END |
  SET c.factKey = factKey, c.key = key, c.attributedTo = CASE WHEN c.attributedTo = $old THEN $new ELSE c.attributedTo END)
