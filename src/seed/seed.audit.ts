import { ManagedTransaction } from "neo4j-driver";
import { globalIdOfRow } from "../common/global-id";
import { cypher } from "../db/cypher-files";
import { toPlain } from "../db/values";
import { ChangeRecord } from "../graph/change/change.repository";
import { ChangeOperation } from "../graph/change/change.type";
import { SeedPlan } from "./seed.plan";

/**
 * A seed load's audit trail (actor `seed:<folder>`): what the folder's load actually changed, found by
 * reading the source, its declared entities and its claims before and after the write in the load's
 * transaction (two reads a folder, whatever its size) and recorded in one statement. A reload that
 * changes nothing records nothing. Source metadata edits are not recorded (no operation for them yet).
 */

type Row = Record<string, unknown>;
type Draft = Omit<ChangeRecord, "seq" | "actor">;

export interface SeedSnapshot {
  sources: Row[];
  entities: Row[];
  claims: Row[];
}

export async function seedSnapshot(tx: ManagedTransaction, plan: SeedPlan): Promise<SeedSnapshot> {
  const result = await tx.run(cypher("get-seed-snapshot"), {
    sourceSlug: plan.source.slug,
    entitySlugs: plan.entities.map((e) => e.slug),
    claimKeys: plan.claims.map((c) => c.key),
  });
  return toPlain(result.records[0].toObject()) as SeedSnapshot;
}

/** The changes between two snapshots of one folder's load, in the order source, entities, claims. */
export function seedChanges(before: SeedSnapshot, after: SeedSnapshot): Draft[] {
  const changes: Draft[] = [];
  if (before.sources.length === 0 && after.sources.length > 0) {
    const source = after.sources[0];
    changes.push(draft(ChangeOperation.CREATE_SOURCE, "Source", globalIdOfRow("Source", source), null, source));
  }
  const entitiesBefore = bySlug(before.entities, "slug");
  for (const entity of after.entities) {
    const old = entitiesBefore.get(entity.slug as string);
    const target = globalIdOfRow("Entity", entity);
    if (!old) changes.push(draft(ChangeOperation.CREATE_ENTITY, "Entity", target, null, entity));
    else if (!same(old, entity)) changes.push(draft(ChangeOperation.UPDATE_ENTITY, "Entity", target, old, entity));
  }
  const claimsBefore = bySlug(before.claims, "key");
  for (const claim of after.claims) {
    const old = claimsBefore.get(claim.key as string);
    if (!old || !same(old, claim)) changes.push(draft(ChangeOperation.ASSERT_CLAIM, "Claim", claim.key as string, old ?? null, claim));
  }
  return changes;
}

/** Records a folder's changes, numbered on from the change counter, all in one statement. */
export async function recordSeedChanges(tx: ManagedTransaction, folder: string, changes: Draft[]): Promise<void> {
  if (changes.length === 0) return;
  const rows = changes.map((c) => ({
    ...c,
    before: c.before === null ? null : JSON.stringify(c.before),
    after: c.after === null ? null : JSON.stringify(c.after),
  }));
  await tx.run(cypher("record-changes"), { changes: rows, actor: `seed:${folder}`, at: new Date().toISOString() });
}

function draft(operation: ChangeOperation, targetKind: Draft["targetKind"], target: string, before: Row | null, after: Row): Draft {
  return { operation, targetKind, target, before, after, reason: null, tombstone: false };
}

function bySlug(rows: Row[], field: string): Map<string, Row> {
  return new Map(rows.map((row) => [row[field] as string, row]));
}

/** Equal values, whatever the order of their keys (a map projection's order is not guaranteed). */
function same(a: Row, b: Row): boolean {
  const canonical = (row: Row) =>
    JSON.stringify(
      Object.keys(row)
        .sort()
        .map((k) => [k, row[k]]),
    );
  return canonical(a) === canonical(b);
}
