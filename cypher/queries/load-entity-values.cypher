// The name and description an entity shows, chosen from all its declarations by seed.arbitrate.ts
// (chooseDeclaration), so they do not depend on which folder was loaded first; createdFrom names the
// source of that declaration (by the rule, the news source that introduced the entity). Its citations are
// its declarations' quotes in the arbitrated order (older reports first), not in the order folders came.
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (e:Entity {slug: row.slug})
SET e.name = row.name,
    e.sortName = row.sortName,
    e.description = row.description,
    e.createdFrom = row.sourceSlug,
    e.citationSources = row.citationSources,
    e.citationQuotes = row.citationQuotes
