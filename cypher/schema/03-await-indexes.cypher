// Runs after the constraints and indexes above: waits (up to 300 s) until every index is online, so
// the first request never runs on a half-built index.
CALL db.awaitIndexes(300);
