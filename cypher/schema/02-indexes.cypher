// Exact alias lookups (search's first rank, seed merging by alias).
CREATE INDEX alias_normalized IF NOT EXISTS FOR (a:Alias) ON (a.normalized);
// Ordering and filtering entity lists by name.
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.sortName);
// The timeline: events by date and by type.
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.dateStart);
CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.dateStart);
// The timeline's other filter combinations, so that its total count never scans the Event label: a
// composite index is only used when every one of its properties has a predicate (types alone,
// from alone). The three-property index answers "type and date window" (the usual timeline page)
// from the index alone: dateEnd is compared on the index's values, not read from each event.
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX event_date_end IF NOT EXISTS FOR (e:Event) ON (e.dateEnd);
CREATE INDEX event_type_date_range IF NOT EXISTS FOR (e:Event) ON (e.type, e.dateStart, e.dateEnd);
// A timeline window's intervals that start more than a year before it (list-events.cypher): by
// precision first, so only intervals are read, and compared on the index's own values.
CREATE INDEX event_precision_date_range IF NOT EXISTS FOR (e:Event) ON (e.datePrecision, e.dateStart, e.dateEnd, e.type);
CREATE INDEX metric_name IF NOT EXISTS FOR (m:Metric) ON (m.name);
// Full-text search over names and aliases. The CJK analyzer indexes Chinese as bigrams and Latin
// text as lower-cased words, so "月之暗面" and "dark side" both match; accents are folded by the
// application before indexing (Alias.normalized) and before querying.
CREATE FULLTEXT INDEX alias_fulltext IF NOT EXISTS FOR (a:Alias) ON EACH [a.normalized]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
// Claims are filed under their fact's key (`event:<slug>`, `metric:<slug>`, `rel:<edge key>`), not
// joined by edges (a relationship cannot be an edge's end): a fact's claims are one index seek away,
// and no read query of the facts themselves changes. Source.claims seeks by source.
CREATE INDEX claim_fact IF NOT EXISTS FOR (c:Claim) ON (c.factKey);
CREATE INDEX claim_source IF NOT EXISTS FOR (c:Claim) ON (c.sourceSlug);
// A node's history (Entity.history) without walking the whole audit trail.
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.target);
// Expired idempotency records are pruned by age (IDEMPOTENCY_TTL_HOURS) on writes, a range seek.
CREATE INDEX idempotency_at IF NOT EXISTS FOR (k:IdempotencyRecord) ON (k.at);
