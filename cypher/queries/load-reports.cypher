// The events a source has a claim on (Source.events, neighborhood's SOURCE nodes).
// Merged, never deleted: a retracted claim still reports the event (its status says so).
// replan=skip: the plan is fixed by the unique constraints whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (s:Source {slug: $sourceSlug})
MATCH (ev:Event {slug: row.eventSlug})
MERGE (s)-[:REPORTS]->(ev)
