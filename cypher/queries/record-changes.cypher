// Several audit records at once (a seed load's), numbered on from the change counter in one step: the
// counter's lock serialises writers as next-change-seq does, and the numbers stay gap-free.
MERGE (counter:ChangeCounter {id: 'graph'})
ON CREATE SET counter.value = 0
WITH counter, counter.value AS base
SET counter.value = base + size($changes)
WITH base
UNWIND range(0, size($changes) - 1) AS i
WITH base + i + 1 AS seq, $changes[i] AS change
CREATE (c:Change {
  seq: seq,
  at: $at,
  actor: $actor,
  operation: change.operation,
  targetKind: change.targetKind,
  target: change.target,
  before: change.before,
  after: change.after,
  reason: change.reason,
  tombstone: change.tombstone
})
