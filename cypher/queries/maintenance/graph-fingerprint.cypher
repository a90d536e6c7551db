// The whole database, one row per node and per relationship, with its labels or type and every
// property: tests (test/integration/curation/graph-fingerprint.ts) hash it before and after a write
// to prove a refused write changed nothing and an accepted one exactly what it should. A full scan on
// purpose; never used by the API.
MATCH (n)
RETURN 'node' AS kind, elementId(n) AS id, labels(n) AS labels, null AS start, null AS end, properties(n) AS properties
UNION ALL
MATCH (a)-[r]->(b)
RETURN 'relationship' AS kind, elementId(r) AS id, [type(r)] AS labels, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties
