// The events sources have a claim on (Source.events, neighborhood's SOURCE nodes): one row per
// (source, event) pair a claim joins, written after the claims of the facts a load touches are read
// (seed.write.ts arbitrateFacts), so a claim loaded before its event existed gets its link when the
// event arrives. Merged, never deleted: a retracted claim still reports the event (its status says so).
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (s:Source {slug: row.sourceSlug})
MATCH (ev:Event {slug: row.eventSlug})
MERGE (s)-[:REPORTS]->(ev)
