// Drops one index by name (a parameter, never text): a fresh load defers the indexes it does not read
// (src/seed/seed.deferred-indexes.ts); the schema file that created the index builds it again.
DROP INDEX $name IF EXISTS
