// Exact alias lookups (search's first rank, seed merging by alias).
CREATE INDEX alias_normalized IF NOT EXISTS FOR (a:Alias) ON (a.normalized);
// Ordering and filtering entity lists by name.
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.sortName);
// The timeline: events by date and by type.
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.dateStart);
CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.dateStart);
CREATE INDEX metric_name IF NOT EXISTS FOR (m:Metric) ON (m.name);
// Full-text search over names and aliases. The CJK analyzer indexes Chinese as bigrams and Latin
// text as lower-cased words, so "月之暗面" and "dark side" both match; accents are folded by the
// application before indexing (Alias.normalized) and before querying.
CREATE FULLTEXT INDEX alias_fulltext IF NOT EXISTS FOR (a:Alias) ON EACH [a.normalized]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
