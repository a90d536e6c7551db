// How many changes the feed has, for totalCount (the counter when unfiltered: no walk at all).
OPTIONAL MATCH (counter:ChangeCounter {id: 'graph'})
CALL (counter) {
  WITH counter WHERE $operations IS NOT NULL
  MATCH (c:Change)
  WHERE c.seq > 0 AND c.operation IN $operations
  RETURN count(c) AS filtered
}
RETURN CASE WHEN $operations IS NULL THEN coalesce(counter.value, 0) ELSE filtered END AS total
