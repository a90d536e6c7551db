// Maintenance: renames the entity $from to $to. Its uid (and so its global id) stays; $from becomes a
// Redirect to it, so old slugs and old-format ids still resolve. Renaming back to a former slug takes
// that slug's redirect away (it is live again). $uid is the uid an entity stored before uids were gets. Aliases are keyed by their entity's slug too.
MATCH (e:Entity {slug: $from})
OPTIONAL MATCH (back:Redirect {fromSlug: $to})-[:REDIRECTS_TO]->(e)
DETACH DELETE back
SET e.slug = $to, e.uid = coalesce(e.uid, $uid)
CREATE (:Redirect {fromSlug: $from, reason: 'RENAME', at: datetime()})-[:REDIRECTS_TO]->(e)
WITH e
OPTIONAL MATCH (a:Alias)-[:ALIAS_OF]->(e)
SET a.entitySlug = $to
