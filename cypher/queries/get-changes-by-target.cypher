// One node's history, oldest first, through the index on Change(target).
MATCH (c:Change {target: $target})
WHERE c.seq > $after
RETURN c {.*} AS change
ORDER BY c.seq
LIMIT $limit
