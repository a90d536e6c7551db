// Remembers a mutation's result under its idempotency key, in the mutation's own transaction; the
// unique constraint turns a concurrent duplicate into a failed (rolled-back) transaction.
CREATE (k:IdempotencyRecord {key: $key, operation: $operation, inputHash: $inputHash, result: $result, at: $at})
