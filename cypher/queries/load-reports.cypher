// The events sources have a claim on (Source.events, neighborhood's SOURCE nodes): for each event of
// the batch (those the loading source claims on or declares), every source with a claim on it, so a
// claim loaded before its event existed gets its link when the event arrives.
// Merged, never deleted: a retracted claim still reports the event (its status says so).
// replan=skip: the plan is fixed by the indexes whatever the counts.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (ev:Event {slug: row.eventSlug})
CALL (ev) {
  MATCH (c:Claim {factKey: 'event:' + ev.slug})
  WITH DISTINCT c.sourceSlug AS sourceSlug
  MATCH (s:Source {slug: sourceSlug})
  MERGE (s)-[:REPORTS]->(ev)
}
