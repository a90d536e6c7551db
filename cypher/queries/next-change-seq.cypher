// The next sequence number of the audit trail, from one counter node updated inside the write
// transaction: its write lock serialises writers, and a rolled-back transaction gives its number back,
// so the sequence is monotonic and gap-free. The change itself is written by record-change.
MERGE (counter:ChangeCounter {id: 'graph'})
ON CREATE SET counter.value = 0
SET counter.value = counter.value + 1
RETURN counter.value AS seq
