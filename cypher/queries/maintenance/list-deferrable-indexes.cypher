// The indexes a fresh load may drop and rebuild afterwards (src/seed/seed.deferred-indexes.ts): those
// not backing a constraint (the load's MERGEs seek those) and not read while writing. `claim_fact`
// stays: arbitration reads every fact's claims through it after each folder's writes.
SHOW INDEXES YIELD name, owningConstraint, type
WHERE owningConstraint IS NULL AND type IN ['RANGE', 'FULLTEXT'] AND name <> 'claim_fact'
RETURN name
