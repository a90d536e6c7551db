// The slug of each node named by a stable id (`node(id:)`, traversal arguments), one seek per key on
// its kind's uid constraint; a retired entity uid (of a merged entity) follows its Redirect to the
// survivor, with `redirected` true. Unknown uids return no row.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Entity {uid: key.uid}) WHERE key.kind = 'Entity'
  RETURN n.slug AS slug, false AS redirected
  UNION ALL
  MATCH (:Redirect {fromUid: key.uid})-[:REDIRECTS_TO]->(n:Entity) WHERE key.kind = 'Entity'
  RETURN n.slug AS slug, true AS redirected
  UNION ALL
  MATCH (n:Event {uid: key.uid}) WHERE key.kind = 'Event'
  RETURN n.slug AS slug, false AS redirected
  UNION ALL
  MATCH (n:Metric {uid: key.uid}) WHERE key.kind = 'Metric'
  RETURN n.slug AS slug, false AS redirected
  UNION ALL
  MATCH (n:Source {uid: key.uid}) WHERE key.kind = 'Source'
  RETURN n.slug AS slug, false AS redirected
}
RETURN key.kind AS kind, key.uid AS uid, slug, redirected
