import * as path from "node:path";
import { normalizeName } from "../common/normalize";
import { cypher } from "../db/cypher-files";
import { GraphDatabase } from "../db/graph-database";
import { buildSeedPlan, SeedPlan } from "./seed.plan";
import { listSeedFolders, readSeedFolder, SeedFolder } from "./seed.reader";
import { buildResolver, KnownMatch, referencesOf } from "./seed.resolve";
import { validateFolder } from "./seed.validate";
import { withIndexesDeferred } from "./seed.deferred-indexes";
import { bumpDataVersion } from "../db/data-version";
import { allLoadStatements, Part, PARTS, writePlan } from "./seed.write";
import { recordSeedChanges, seedChanges, seedSnapshot } from "./seed.audit";

/** Kept here for the callers that import it from the loader. */
export { allLoadStatements };

/** Every problem of every folder; thrown before anything is written. */
export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Seeds rejected, nothing was written (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "SeedValidationError";
  }
}

export interface LoadReport {
  sources: string[];
  rows: Record<Part, number>;
  nodes: number;
  relationships: number;
  ms: number;
}

/**
 * Loads seed folders: reads and validates all of them first (nothing is written if any is invalid),
 * then writes each folder in one transaction with batched UNWIND ... MERGE (CREATE for rows proven new), so a crash leaves each
 * source either wholly loaded or absent. Idempotent: loading twice gives the same graph.
 */
export async function loadSeeds(
  db: GraphDatabase,
  folders: string[],
  progress: (line: string) => void = () => undefined,
): Promise<LoadReport> {
  const started = Date.now();
  // Neo4j plans each load statement the first time it runs (up to a second each on a fresh JVM).
  // Running them all now with no rows, in a transaction that is rolled back (nothing is written),
  // lets Neo4j plan on the other core while Node reads and validates the files.
  const planning = await db
    .sendRolledBack(allLoadStatements(), { batch: { rows: [] }, sourceSlug: "" })
    .catch(() => ({ done: Promise.resolve() }));
  const { plans, folderOf } = await planSeeds(folders, (keys) => db.read("find-entities-by-keys", { keys }));

  await planning.done.catch(() => undefined); // only a warm-up: a failure here shows again below
  const ordered = writeOrder(plans);
  plans.splice(0, plans.length, ...ordered);
  const rows = { entities: 0, aliases: 0, relationships: 0, events: 0, participants: 0, metrics: 0, claims: 0, mentions: 0, reports: 0 };
  const writeAll = async () => {
    for (const plan of plans) {
      const slug = plan.source.slug as string;
      progress(
        `[seed] ${slug}: ${plan.entities.length} entities, ${plan.events.length} events, ${plan.relationships.length} relationships, ${plan.metrics.length} metrics`,
      );
      const recorded = await db.writeTransaction(async (tx) => {
        const before = await seedSnapshot(tx, plan);
        await writePlan(tx, plan, progress, { writeSource: true, before });
        const changes = seedChanges(before, await seedSnapshot(tx, plan));
        await recordSeedChanges(tx, folderOf.get(slug) ?? slug, changes);
        await bumpDataVersion(tx);
        return changes.length;
      });
      if (recorded > 0) progress(`[seed] ${slug}: ${recorded} changes recorded in the audit trail`);
      for (const part of PARTS) rows[part] += plan[part].length;
    }
  };
  if (plans.length > 0 && (await holdsNoData(db))) await withIndexesDeferred(db, progress, writeAll);
  else await writeAll();
  if (plans.length > 0) await refreshStatistics(db, progress);
  const [counts] = await db.read<{ nodes: number; relationships: number }>("count-graph");
  return {
    sources: plans.map((p) => p.source.slug as string),
    rows,
    nodes: counts.nodes,
    relationships: counts.relationships,
    ms: Date.now() - started,
  };
}

/** What the database already holds under a batch of reference keys (find-entities-by-keys.cypher's rows). */
export type LookUpReferences = (keys: ReturnType<typeof referencesOf>) => Promise<({ reference: string } & KnownMatch)[]>;

/**
 * Reads, validates and plans every folder (all problems of all folders, thrown together before anything
 * is written): shared by the online load and the bulk import (seed.bulk.ts, which looks up nothing: its
 * database is empty). `folderOf` maps a source slug to its folder's directory name (the audit's actor).
 */
export async function planSeeds(
  folders: string[],
  lookUp: LookUpReferences,
): Promise<{ plans: SeedPlan[]; folderOf: Map<string, string> }> {
  const read = folders.map(readSeedFolder);
  const problems = read.flatMap((r) => r.problems);
  if (problems.length > 0) throw new SeedValidationError(problems);

  const plans: SeedPlan[] = [];
  // The audit trail's actor is `seed:<folder>`, by the folder's directory name.
  const folderOf = new Map((read as { folder: SeedFolder }[]).map(({ folder }) => [folder.source.slug, path.basename(folder.dir)]));
  const knownInRun = new Map<string, KnownMatch>();
  // Every slug declared by any folder of the run is known before the first folder resolves its
  // references, so a folder that names an entity by slug resolves whatever the folders' order.
  for (const { folder } of read as { folder: SeedFolder }[]) {
    for (const entity of folder.facts.entities)
      knownInRun.set(`slug:${entity.slug}`, { bySlug: { slug: entity.slug, type: entity.type }, byAlias: [] });
  }
  for (const { folder } of read as { folder: SeedFolder }[]) {
    const known = await lookUpReferences(lookUp, folder, knownInRun);
    const { resolve, typeOf, problems: resolveProblems } = buildResolver(folder, known);
    const folderProblems = [...resolveProblems, ...validateFolder(folder, resolve, typeOf)];
    if (folderProblems.length > 0) {
      problems.push(...folderProblems);
      continue;
    }
    const plan = keepRetiredNamesAsAliases(buildSeedPlan(folder, resolve), folder, known);
    plans.push(plan);
    rememberDeclared(plan, knownInRun);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { plans, folderOf };
}

async function holdsNoData(db: GraphDatabase): Promise<boolean> {
  const [{ nodes }] = await db.read<{ nodes: number }>("count-graph-data");
  return nodes === 0;
}

/**
 * Resamples the indexes and clears Neo4j's plan cache once a load has written. Indexes created on an
 * empty database keep "empty" statistics until Neo4j resamples them in its own time; queries planned
 * meanwhile (the first requests after `npm start` seeded a fresh database) may scan an index instead
 * of seeking it, and keep that plan. Needs an admin user: elsewhere the load still stands, with a note.
 */
async function refreshStatistics(db: GraphDatabase, progress: (line: string) => void): Promise<void> {
  try {
    await db.runStatement(cypher("load-refresh-statistics"));
  } catch (error) {
    progress(`[seed] note: index statistics not refreshed (${(error as Error).message}); Neo4j resamples them by itself later`);
  }
}

/**
 * The order folders are written in, whatever order they were given in: a folder after every folder that
 * declares an entity it points at (its edges MATCH their ends), editorial sources last, then by slug.
 * With the claims' arbitration (seed.arbitrate.ts) this makes the graph independent of the given order.
 */
export function writeOrder(plans: SeedPlan[]): SeedPlan[] {
  const slugOf = (plan: SeedPlan) => plan.source.slug as string;
  const rank = (plan: SeedPlan) => (plan.source.kind === "EDITORIAL" ? 1 : 0);
  const byRank = (a: SeedPlan, b: SeedPlan) => rank(a) - rank(b) || slugOf(a).localeCompare(slugOf(b));
  // An entity several folders declare (an editorial file repeats the article's) counts as declared by the first in rank order.
  const declaredBy = new Map<string, string>();
  for (const plan of [...plans].sort(byRank)) {
    for (const entity of plan.entities) if (!declaredBy.has(entity.slug as string)) declaredBy.set(entity.slug as string, slugOf(plan));
    // A claim on another folder's event links the source to it (REPORTS MATCHes the event): that folder goes first.
    for (const event of plan.events) {
      const key = `event:${event.slug as string}`;
      if (!declaredBy.has(key)) declaredBy.set(key, slugOf(plan));
    }
  }
  const needs = new Map(
    plans.map((plan) => {
      const own = new Set(plan.entities.map((e) => e.slug as string));
      const referenced = [
        ...plan.relationships.flatMap((r) => [r.from, r.to]),
        ...plan.participants.map((p) => p.entitySlug),
        ...plan.metrics.flatMap((m) => [m.subject, m.reportedBy]),
        ...plan.reports.map((r) => `event:${r.eventSlug as string}`),
      ].filter((slug): slug is string => typeof slug === "string" && !own.has(slug));
      return [
        slugOf(plan),
        new Set(referenced.map((slug) => declaredBy.get(slug)).filter((s): s is string => s !== undefined && s !== slugOf(plan))),
      ];
    }),
  );
  const pending = [...plans].sort(byRank);
  const done = new Set<string>();
  const out: SeedPlan[] = [];
  while (pending.length > 0) {
    // The first folder whose dependencies are written (on a cycle, the first one: seeds must not point at each other both ways).
    const index = Math.max(
      0,
      pending.findIndex((plan) => [...needs.get(slugOf(plan))!].every((d) => done.has(d))),
    );
    const [next] = pending.splice(index, 1);
    done.add(slugOf(next));
    out.push(next);
  }
  return out;
}

/** Loads every folder under a seeds root (the repository's seeds/ by default). */
export async function loadSeedRoot(db: GraphDatabase, root: string, progress?: (line: string) => void): Promise<LoadReport> {
  return loadSeeds(db, listSeedFolders(root), progress);
}

/**
 * A declaration whose slug was retired by a merge names the merged entity: its name is an alias of the
 * survivor (as the merge left it), not the survivor's name. After a rename the name row is harmless: the
 * alias is the entity's name already, and a load never clears that.
 */
function keepRetiredNamesAsAliases(plan: SeedPlan, folder: SeedFolder, known: Map<string, KnownMatch>): SeedPlan {
  const retired = new Set(
    folder.facts.entities.flatMap((e) => {
      const stored = known.get(e.slug)?.bySlug?.slug;
      return stored !== undefined && stored !== e.slug ? [`${stored}|${e.name}`] : [];
    }),
  );
  if (retired.size === 0) return plan;
  const aliases = plan.aliases.map((a) =>
    a.isName && retired.has(`${a.entitySlug as string}|${a.name as string}`) ? { ...a, isName: false } : a,
  );
  return { ...plan, aliases };
}

/** Slugs looked up per query when resolving a folder's references. */
const LOOKUP_BATCH = 2000;

async function lookUpReferences(
  lookUp: LookUpReferences,
  folder: SeedFolder,
  knownInRun: Map<string, KnownMatch>,
): Promise<Map<string, KnownMatch>> {
  const keys = referencesOf(folder);
  const known = new Map<string, KnownMatch>();
  for (let i = 0; i < keys.length; i += LOOKUP_BATCH) {
    const rows = await lookUp(keys.slice(i, i + LOOKUP_BATCH));
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
