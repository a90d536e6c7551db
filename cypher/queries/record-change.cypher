// One immutable audit record; nothing ever updates or deletes a Change.
CREATE (c:Change {
  seq: $change.seq,
  at: $change.at,
  actor: $change.actor,
  operation: $change.operation,
  targetKind: $change.targetKind,
  target: $change.target,
  before: $change.before,
  after: $change.after,
  reason: $change.reason,
  tombstone: $change.tombstone
})
