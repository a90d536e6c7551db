// Names and aliases as their own nodes: exact lookups use the normalized-key index, fuzzy ones the
// full-text index, and `matched` in search results is the alias node's own spelling.
// replan=skip: the plan is fixed by the unique constraints whatever the counts, so re-planning it
// each time an import has changed the statistics enough only costs time.
// The rows come as $batch.rows, not as a list parameter: Neo4j caches a plan per size range of a list
// parameter (1-10, 11-100, ...) and would plan the statement again for every batch of a new size.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (e:Entity {slug: row.entitySlug})
MERGE (a:Alias {entitySlug: row.entitySlug, normalized: row.normalized})
// The best-ranked source's spelling, language and quote win (row.sourceRank: news before editorial, then the
// earliest report, then slug; see seed.plan.ts), so the alias does not depend on which folder came first.
// One SET, items in order, sourceRank last: every item compares with the stored rank (no Eager).
SET a.name = CASE WHEN (a.sourceRank IS NULL OR row.sourceRank < a.sourceRank) THEN row.name ELSE a.name END,
    a.language = CASE WHEN (a.sourceRank IS NULL OR row.sourceRank < a.sourceRank) THEN row.language ELSE a.language END,
    a.sourceSlug = CASE WHEN (a.sourceRank IS NULL OR row.sourceRank < a.sourceRank) THEN row.sourceSlug ELSE a.sourceSlug END,
    a.quote = CASE WHEN (a.sourceRank IS NULL OR row.sourceRank < a.sourceRank) THEN row.quote ELSE a.quote END,
    a.isName = coalesce(a.isName, false) OR row.isName,
    a.sourceRank = CASE WHEN (a.sourceRank IS NULL OR row.sourceRank < a.sourceRank) THEN row.sourceRank ELSE a.sourceRank END
MERGE (a)-[:ALIAS_OF]->(e)
