// Unique keys: every node the API exposes is found by its label and slug (its global id encodes both).
CREATE CONSTRAINT entity_slug IF NOT EXISTS FOR (e:Entity) REQUIRE e.slug IS UNIQUE;
CREATE CONSTRAINT event_slug IF NOT EXISTS FOR (e:Event) REQUIRE e.slug IS UNIQUE;
CREATE CONSTRAINT metric_slug IF NOT EXISTS FOR (m:Metric) REQUIRE m.slug IS UNIQUE;
CREATE CONSTRAINT source_slug IF NOT EXISTS FOR (s:Source) REQUIRE s.slug IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE (a.entitySlug, a.normalized) IS UNIQUE;
CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (c:Claim) REQUIRE c.key IS UNIQUE;
