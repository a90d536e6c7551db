// Forgets one expired idempotency record, so its key can be used afresh in the same transaction.
MATCH (k:IdempotencyRecord {key: $key})
DELETE k
