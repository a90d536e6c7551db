// One claim by its key.
MATCH (c:Claim {key: $key})
RETURN c {.*} AS claim
