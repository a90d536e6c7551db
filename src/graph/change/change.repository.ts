import neo4j, { ManagedTransaction } from "neo4j-driver";
import { cypher } from "../../db/cypher-files";
import { GraphDatabase } from "../../db/graph-database";
import { Change, ChangeOperation } from "./change.type";

/** What a write records about itself; the sequence number comes from nextChangeSeq in the same transaction. */
export interface ChangeRecord {
  seq: number;
  actor: string;
  operation: ChangeOperation;
  targetKind: "Entity" | "Source" | "Claim";
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  tombstone: boolean;
}

/** Takes the next gap-free sequence number (the counter's lock serialises concurrent writers). */
export async function nextChangeSeq(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run(cypher("next-change-seq"));
  return Number(result.records[0].get("seq"));
}

export async function recordChange(tx: ManagedTransaction, change: ChangeRecord): Promise<Change> {
  const row = {
    ...change,
    seq: neo4j.int(change.seq),
    at: new Date().toISOString(),
    before: change.before === null ? null : JSON.stringify(change.before),
    after: change.after === null ? null : JSON.stringify(change.after),
  };
  await tx.run(cypher("record-change"), { change: row });
  return { ...row, seq: change.seq };
}

/** A page of the feed (seq > after), optionally only some operations. */
export async function getChanges(db: GraphDatabase, after: number, limit: number, operations: string[] | null): Promise<Change[]> {
  const rows = await db.read<{ change: Change }>("get-changes", { after: neo4j.int(after), limit: neo4j.int(limit), operations });
  return rows.map((r) => r.change);
}

export async function countChanges(db: GraphDatabase, operations: string[] | null): Promise<number> {
  const [row] = await db.read<{ total: number }>("count-changes", { operations });
  return row?.total ?? 0;
}

export async function getChangesByTarget(db: GraphDatabase, target: string, after: number, limit: number): Promise<Change[]> {
  const rows = await db.read<{ change: Change }>("get-changes-by-target", { target, after: neo4j.int(after), limit: neo4j.int(limit) });
  return rows.map((r) => r.change);
}

export async function countChangesByTarget(db: GraphDatabase, target: string): Promise<number> {
  const [row] = await db.read<{ total: number }>("count-changes-by-target", { target });
  return row?.total ?? 0;
}

/** Changes with after < seq <= through (no upper bound when `through` is null), for the subscription poller. */
export async function pollChanges(
  db: GraphDatabase,
  after: number,
  through: number | null,
  limit: number,
  operations: string[] | null,
): Promise<Change[]> {
  const rows = await db.read<{ change: Change }>("poll-changes", {
    after: neo4j.int(after),
    through: through === null ? null : neo4j.int(through),
    limit: neo4j.int(limit),
    operations,
  });
  return rows.map((r) => r.change);
}

/** The latest committed change's sequence number (0 when there is none). */
export async function latestChangeSeq(db: GraphDatabase): Promise<number> {
  const [row] = await db.read<{ seq: number }>("get-latest-change-seq");
  return Number(row?.seq ?? 0);
}
