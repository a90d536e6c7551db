// What a seed folder's load can change, read in the load's transaction before and after it, so the
// audit trail records what the load actually changed (seed.audit.ts): the source, the entities it
// declares, its claims. One seek per slug or key on their unique constraints.
CALL () {
  OPTIONAL MATCH (s:Source {slug: $sourceSlug})
  RETURN CASE WHEN s IS NULL THEN [] ELSE [s {.slug, .uid, .title, .publisher, .url, .publishedAt, .language, .originalLanguage, .kind, .note, .textStored}] END AS sources
}
CALL () {
  UNWIND $entitySlugs AS slug
  MATCH (e:Entity {slug: slug})
  RETURN collect(e {.slug, .uid, .type, .name, .description, .kinds}) AS entities
}
CALL () {
  UNWIND $claimKeys AS key
  MATCH (c:Claim {key: key})
  RETURN collect(c {.*}) AS claims
}
RETURN sources, entities, claims
