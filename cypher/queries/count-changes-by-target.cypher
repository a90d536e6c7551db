// How many changes one node's history has.
MATCH (c:Change {target: $target})
RETURN count(c) AS total
