// Node and relationship counts of the graph's data, for idempotency checks and progress output (and
// "is the database empty?" before seeding): API keys and the data version are bookkeeping, not data,
// so a key created before the first start does not stop the seeds from loading.
CALL () { MATCH (n) WHERE NOT n:ApiKey AND NOT n:DataVersion RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
