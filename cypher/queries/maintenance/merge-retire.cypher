// Maintenance, merge: the survivor takes the merged entity's kinds, description (when it has none) and
// citations; the merged entity's slug and uid become Redirects to the survivor, and the (now bare)
// merged node goes. $mergedUid is the uid the merged node has or, stored before uids were, would get.
MATCH (survivor:Entity {slug: $survivor}), (merged:Entity {slug: $merged})
SET survivor.kinds = coalesce(survivor.kinds, []) + [k IN coalesce(merged.kinds, []) WHERE NOT k IN coalesce(survivor.kinds, [])],
    survivor.description = coalesce(survivor.description, merged.description),
    survivor.citationQuotes = coalesce(survivor.citationQuotes, []) + [i IN range(0, size(coalesce(merged.citationSources, [])) - 1) WHERE NOT merged.citationSources[i] IN coalesce(survivor.citationSources, []) | merged.citationQuotes[i]],
    survivor.citationSources = coalesce(survivor.citationSources, []) + [s IN coalesce(merged.citationSources, []) WHERE NOT s IN coalesce(survivor.citationSources, [])]
CREATE (:Redirect {fromSlug: $merged, reason: 'MERGE', at: datetime()})-[:REDIRECTS_TO]->(survivor)
CREATE (:Redirect {fromUid: coalesce(merged.uid, $mergedUid), reason: 'MERGE', at: datetime()})-[:REDIRECTS_TO]->(survivor)
DETACH DELETE merged
