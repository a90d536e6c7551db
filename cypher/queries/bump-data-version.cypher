// Moves the data version on by one, inside the transaction of the change it stands for (see
// src/db/data-version.ts): it commits with the change or not at all.
MERGE (v:DataVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
RETURN v.version AS version
