// Forgets idempotency records older than the TTL (`at` is an ISO 8601 UTC string, so text order is
// time order), a bounded batch per write along the index on `at`: pruning never makes a write slow.
MATCH (k:IdempotencyRecord)
USING INDEX k:IdempotencyRecord(at)
WHERE k.at < $cutoff
WITH k LIMIT $limit
DELETE k
