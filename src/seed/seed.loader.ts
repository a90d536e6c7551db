import { ManagedTransaction } from "neo4j-driver";
import { normalizeName } from "../common/normalize";
import { cypher } from "../db/cypher-files";
import { GraphDatabase } from "../db/graph-database";
import { buildSeedPlan, SeedPlan } from "./seed.plan";
import { listSeedFolders, readSeedFolder, SeedFolder } from "./seed.reader";
import { buildResolver, KnownMatch, referencesOf } from "./seed.resolve";
import { validateFolder } from "./seed.validate";

/** Every problem of every folder; thrown before anything is written. */
export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seeds rejected, nothing was written (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SeedValidationError";
  }
}

export interface LoadReport {
  sources: string[];
  rows: Record<keyof Omit<SeedPlan, "source">, number>;
  nodes: number;
  relationships: number;
  ms: number;
}

const BATCH = 2000;

/**
 * Loads seed folders: reads and validates all of them first (nothing is written if any is invalid),
 * then writes each folder in one transaction with batched UNWIND ... MERGE, so a crash leaves each
 * source either wholly loaded or absent. Idempotent: loading twice gives the same graph.
 */
export async function loadSeeds(db: GraphDatabase, folders: string[], progress: (line: string) => void = () => undefined): Promise<LoadReport> {
  const started = Date.now();
  const read = folders.map(readSeedFolder);
  const problems = read.flatMap((r) => r.problems);
  if (problems.length > 0) throw new SeedValidationError(problems);

  const plans: SeedPlan[] = [];
  const knownInRun = new Map<string, KnownMatch>();
  for (const { folder } of read as { folder: SeedFolder }[]) {
    const known = await lookUpReferences(db, folder, knownInRun);
    const { resolve, problems: resolveProblems } = buildResolver(folder, known);
    const folderProblems = [...resolveProblems, ...validateFolder(folder, resolve)];
    if (folderProblems.length > 0) {
      problems.push(...folderProblems);
      continue;
    }
    const plan = buildSeedPlan(folder, resolve);
    plans.push(plan);
    rememberDeclared(plan, knownInRun);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  const rows = { entities: 0, aliases: 0, relationships: 0, events: 0, participants: 0, metrics: 0 };
  for (const plan of plans) {
    const slug = plan.source.slug as string;
    progress(`[seed] ${slug}: ${plan.entities.length} entities, ${plan.events.length} events, ${plan.relationships.length} relationships, ${plan.metrics.length} metrics`);
    await db.writeTransaction(async (tx) => {
      await tx.run(cypher("load-source"), { source: plan.source });
      // Order matters: entities before aliases and edges that MATCH them, events before participants.
      for (const part of ["entities", "aliases", "relationships", "events", "participants", "metrics"] as const) {
        await runBatched(tx, `load-${part}`, plan[part], slug, (done) => progress(`[seed] ${slug}: ${part} ${done}/${plan[part].length}`));
        rows[part] += plan[part].length;
      }
    });
  }
  const [counts] = await db.read<{ nodes: number; relationships: number }>("count-graph");
  return { sources: plans.map((p) => p.source.slug as string), rows, nodes: counts.nodes, relationships: counts.relationships, ms: Date.now() - started };
}

/** Loads every folder under a seeds root (the repository's seeds/ by default). */
export async function loadSeedRoot(db: GraphDatabase, root: string, progress?: (line: string) => void): Promise<LoadReport> {
  return loadSeeds(db, listSeedFolders(root), progress);
}

async function runBatched(tx: ManagedTransaction, query: string, rows: Record<string, unknown>[], sourceSlug: string, onBatch: (done: number) => void) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.run(cypher(query), { rows: rows.slice(i, i + BATCH), sourceSlug });
    if (rows.length > BATCH) onBatch(Math.min(i + BATCH, rows.length));
  }
}

async function lookUpReferences(db: GraphDatabase, folder: SeedFolder, knownInRun: Map<string, KnownMatch>): Promise<Map<string, KnownMatch>> {
  const keys = referencesOf(folder);
  const known = new Map<string, KnownMatch>();
  for (let i = 0; i < keys.length; i += BATCH) {
    const rows = await db.read<{ reference: string } & KnownMatch>("find-entities-by-keys", { keys: keys.slice(i, i + BATCH) });
    for (const row of rows) known.set(row.reference, { bySlug: row.bySlug, byAlias: row.byAlias });
  }
  // Entities declared by earlier folders of this run are not in the database yet.
  for (const key of keys) {
    const inRun = knownInRun.get(key.normalized);
    const entry = known.get(key.reference) ?? { bySlug: null, byAlias: [] };
    if (!entry.bySlug && knownInRun.get(`slug:${key.slug}`)) entry.bySlug = knownInRun.get(`slug:${key.slug}`)!.bySlug;
    if (inRun) entry.byAlias = [...entry.byAlias, ...inRun.byAlias];
    known.set(key.reference, entry);
  }
  return known;
}

function rememberDeclared(plan: SeedPlan, knownInRun: Map<string, KnownMatch>) {
  const typeOf = new Map(plan.entities.map((e) => [e.slug as string, e.type as string]));
  for (const [slug, type] of typeOf) knownInRun.set(`slug:${slug}`, { bySlug: { slug, type }, byAlias: [] });
  for (const alias of plan.aliases) {
    const slug = alias.entitySlug as string;
    const key = normalizeName(alias.name as string);
    const entry = knownInRun.get(key) ?? { bySlug: null, byAlias: [] };
    if (!entry.byAlias.some((m) => m.slug === slug)) entry.byAlias.push({ slug, type: typeOf.get(slug) ?? "ORGANIZATION" });
    knownInRun.set(key, entry);
  }
}
