// Maintenance, merge: an incoming relationship of the merged entity that the survivor already has (same
// type, far end, key and role) is folded into the survivor's: its citations are added, then it goes.
MATCH (survivor:Entity {slug: $survivor}), (other)-[r]->(merged:Entity {slug: $merged})
WHERE NOT other:Alias
MATCH (other)-[twin]->(survivor)
WHERE type(twin) = type(r) AND coalesce(twin.key, '') = coalesce(r.key, '') AND coalesce(twin.role, '') = coalesce(r.role, '')
WITH r, head(collect(twin)) AS twin
SET twin.citationQuotes = coalesce(twin.citationQuotes, []) + [i IN range(0, size(coalesce(r.citationSources, [])) - 1) WHERE NOT r.citationSources[i] IN coalesce(twin.citationSources, []) | r.citationQuotes[i]],
    twin.citationSources = coalesce(twin.citationSources, []) + [s IN coalesce(r.citationSources, []) WHERE NOT s IN coalesce(twin.citationSources, [])]
DELETE r
