// Unique keys: every node the API exposes is found by its label and slug (its global id encodes both).
CREATE CONSTRAINT entity_slug IF NOT EXISTS FOR (e:Entity) REQUIRE e.slug IS UNIQUE;
CREATE CONSTRAINT event_slug IF NOT EXISTS FOR (e:Event) REQUIRE e.slug IS UNIQUE;
CREATE CONSTRAINT metric_slug IF NOT EXISTS FOR (m:Metric) REQUIRE m.slug IS UNIQUE;
CREATE CONSTRAINT source_slug IF NOT EXISTS FOR (s:Source) REQUIRE s.slug IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE (a.entitySlug, a.normalized) IS UNIQUE;
CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (c:Claim) REQUIRE c.key IS UNIQUE;
// API keys: a key names itself by its public id (looked up on every uncached request) and by its name.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.keyId IS UNIQUE;
CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE;
// The single data-version node (src/db/data-version.ts).
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE;
// Stable ids (`uid`, see src/common/global-id.ts): the GraphQL id encodes the uid, never the slug, so
// a rename or merge keeps ids. Each constraint's index answers `node(id:)`.
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (e:Entity) REQUIRE e.uid IS UNIQUE;
CREATE CONSTRAINT event_uid IF NOT EXISTS FOR (e:Event) REQUIRE e.uid IS UNIQUE;
CREATE CONSTRAINT metric_uid IF NOT EXISTS FOR (m:Metric) REQUIRE m.uid IS UNIQUE;
CREATE CONSTRAINT source_uid IF NOT EXISTS FOR (s:Source) REQUIRE s.uid IS UNIQUE;
// Redirects of renamed and merged entities: a retired slug or uid points at the surviving entity
// (docs/ids.md). A Redirect carries one of the two keys; each is unique and indexed by its constraint.
CREATE CONSTRAINT redirect_from_slug IF NOT EXISTS FOR (r:Redirect) REQUIRE r.fromSlug IS UNIQUE;
CREATE CONSTRAINT redirect_from_uid IF NOT EXISTS FOR (r:Redirect) REQUIRE r.fromUid IS UNIQUE;
// The audit trail: one Change per sequence number, one counter; idempotency records by key.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT change_counter_id IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (k:IdempotencyRecord) REQUIRE k.key IS UNIQUE;
