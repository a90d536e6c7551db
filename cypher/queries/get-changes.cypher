// A page of the change feed in sequence order, read along the unique index on seq (no sort).
MATCH (c:Change)
WHERE c.seq > $after
  AND ($operations IS NULL OR c.operation IN $operations)
RETURN c {.*} AS change
ORDER BY c.seq
LIMIT $limit
