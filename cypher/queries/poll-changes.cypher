// Changes after a subscriber's position, in sequence order, read along the unique index on seq (no
// sort); $through (nullable) stops a catch-up at the poller's head so it never overtakes the live stream.
MATCH (c:Change)
WHERE c.seq > $after
  AND ($through IS NULL OR c.seq <= $through)
  AND ($operations IS NULL OR c.operation IN $operations)
RETURN c {.*} AS change
ORDER BY c.seq
LIMIT $limit
