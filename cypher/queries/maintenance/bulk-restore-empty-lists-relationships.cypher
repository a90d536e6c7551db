// The relationships' half of bulk-restore-empty-lists.cypher (see there).
MATCH ()-[r]->()
WHERE r.citationSources = [$empty] OR r.citationQuotes = [$empty]
SET r.citationSources = CASE WHEN r.citationSources = [$empty] THEN [] ELSE r.citationSources END,
    r.citationQuotes = CASE WHEN r.citationQuotes = [$empty] THEN [] ELSE r.citationQuotes END
