// The first result of a mutation sent with this idempotency key (scoped to the caller), if any.
MATCH (k:IdempotencyRecord {key: $key})
RETURN k {.*} AS record
