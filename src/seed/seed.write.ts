import { ManagedTransaction } from "neo4j-driver";
import { normalizeName } from "../common/normalize";
import { newNodeUid, NodeKind } from "../common/global-id";
import { cypher } from "../db/cypher-files";
import { toPlain } from "../db/values";
import { Arbitrated, arbitrateAll, ClaimRow } from "./seed.arbitrate";
import { SeedPlan } from "./seed.plan";
import { loadQueryName, loadQueryNames } from "./seed.queries";
import { SeedSnapshot } from "./seed.audit";

const BATCH = 2000;

/**
 * Writes one validated plan inside the caller's write transaction: the one write path shared by the
 * seed loader (a folder per transaction) and the curation mutations (one input per transaction), so
 * both write the same statements and arbitrate the same way. `writeSource` false leaves an existing
 * source's node alone (a mutation that only cites it). The caller moves the data version.
 */
export async function writePlan(
  tx: ManagedTransaction,
  plan: SeedPlan,
  progress: (line: string) => void = () => undefined,
  options: { writeSource: boolean; before?: SeedSnapshot } = { writeSource: true },
): Promise<void> {
  const slug = plan.source.slug as string;
  const existingEvents = await tx.run(cypher("get-existing-event-slugs"), { slugs: plan.events.map((e) => e.slug) });
  const existed = new Set<string>((existingEvents.records[0]?.get("slugs") as string[] | undefined) ?? []);
  const steps = loadSteps(plan, options.before ? newRows(plan, existed, options.before) : NOTHING_PROVEN_NEW);
  // Every statement of the folder is sent at once: the driver pipelines them on the connection and
  // Neo4j runs them in order, so Node packs the next batch while Neo4j writes the previous one.
  // Order matters: entities before aliases and edges that MATCH them, events before participants.
  const done: Record<string, number> = {};
  const source = { ...plan.source, uid: newNodeUid("Source", slug) };
  const pending: Promise<unknown>[] = options.writeSource ? [tx.run(cypher("load-source"), { source }).summary()] : [];
  for (const step of steps) {
    const total = plan[step.part].length;
    pending.push(
      tx
        .run(step.text, { batch: { rows: step.rows }, sourceSlug: slug })
        .summary()
        .then((summary) => {
          done[step.part] = (done[step.part] ?? 0) + step.rows.length;
          if (total > BATCH) progress(`[seed] ${slug}: ${step.part} ${done[step.part]}/${total}`);
          return summary;
        }),
    );
  }
  await Promise.all(pending);
  // Every fact this source has a claim on now shows the values its claims (of every source so far) decide.
  await arbitrateFacts(tx, [...new Set(plan.claims.map((c) => c.factKey as string))], derivedEdgesOfNewEvents(plan, existed));
}

/** The edge a plan derives from an event, by the key its values are written to. */
export interface DerivedEdgeKey {
  type: string;
  from: string;
  to: string;
  key: string;
}

/**
 * The derived edges of each event this load creates, by event slug. An event that existed before may
 * have derived edges of another folder or load (other participants, or keys from before a merge), so
 * it is left out: its values step finds its edges through its participants instead.
 */
function derivedEdgesOfNewEvents(plan: SeedPlan, existed: Set<string>): Map<string, DerivedEdgeKey[]> {
  const edges = new Map<string, DerivedEdgeKey[]>();
  for (const event of plan.events) if (!existed.has(event.slug as string)) edges.set(event.slug as string, []);
  for (const rel of plan.relationships) {
    const eventSlug = (rel.props as Record<string, unknown>).eventSlug;
    if (typeof eventSlug !== "string") continue;
    edges.get(eventSlug)?.push({ type: rel.type as string, from: rel.from as string, to: rel.to as string, key: rel.key as string });
  }
  return edges;
}

/**
 * Writes the values the claims of these facts (of every source) decide onto the facts; also after a
 * retraction. Links each event among them to every source with a claim on it (`REPORTS`), so a claim
 * loaded before its event existed gets its link when the event arrives.
 */
export async function arbitrateFacts(
  tx: ManagedTransaction,
  factKeys: string[],
  derivedEdges: Map<string, DerivedEdgeKey[]> = new Map(),
): Promise<void> {
  const result = await tx.run(cypher("get-claims-by-fact-keys"), { factKeys });
  const claims = result.records.map((r) => toPlain(r.get("claim")) as ClaimRow);
  const decided = arbitrateAll(claims);
  const steps = [...valueSteps(decided, derivedEdges), ...reportSteps(claims)];
  await Promise.all(steps.map((step) => tx.run(step.text, { batch: { rows: step.rows } }).summary()));
}

/** One row per (source, event) pair that a claim joins, for `load-reports`. */
function reportSteps(claims: ClaimRow[]): { text: string; rows: Record<string, unknown>[] }[] {
  const pairs = new Map<string, Record<string, unknown>>();
  for (const claim of claims) {
    if (!claim.factKey.startsWith("event:")) continue;
    const eventSlug = claim.factKey.slice("event:".length);
    pairs.set(`${claim.sourceSlug}|${eventSlug}`, { sourceSlug: claim.sourceSlug, eventSlug });
  }
  return batches([...pairs.values()]).map((rows) => ({ text: cypher("load-reports"), rows }));
}

export type Part = keyof Omit<SeedPlan, "source">;
export const PARTS: Part[] = ["entities", "aliases", "relationships", "events", "participants", "metrics", "claims", "mentions", "reports"];

/** One UNWIND statement: its text (for a label or type, the generated file of that value) and its batch of rows. */
interface LoadStep {
  part: Part;
  text: string;
  rows: Record<string, unknown>[];
}

/**
 * The rows of a plan that its load proves new, by key: nothing stored before the write has the key
 * (the audit snapshot, read in the load's transaction, and the events' seek) and the plan holds it
 * once. These are written with CREATE (cypher/templates/load-*-new, load-*-new.cypher), which writes
 * what MERGE would without its lookup, lock and, for a relationship, the expand of a hub's edges.
 * Only the seed loader passes a snapshot: a curation mutation MERGEs every row as before.
 */
interface NewRows {
  /** The source did not exist, so none of its mentions did. */
  source: boolean;
  entities: Set<string>;
  claims: Set<string>;
  /** Events created by this load: their participants and derived edges are new too. */
  events: Set<string>;
}

const NOTHING_PROVEN_NEW: NewRows = { source: false, entities: new Set(), claims: new Set(), events: new Set() };

function newRows(plan: SeedPlan, existedEvents: Set<string>, before: SeedSnapshot): NewRows {
  const storedEntities = new Set(before.entities.map((e) => e.slug as string));
  const storedClaims = new Set(before.claims.map((c) => c.key as string));
  return {
    source: before.sources.length === 0,
    entities: new Set(onceEach(plan.entities.map((e) => e.slug as string)).filter((slug) => !storedEntities.has(slug))),
    claims: new Set(onceEach(plan.claims.map((c) => c.key as string)).filter((key) => !storedClaims.has(key))),
    events: new Set(onceEach(plan.events.map((e) => e.slug as string)).filter((slug) => !existedEvents.has(slug))),
  };
}

/** The values that occur exactly once. */
function onceEach(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].filter(([, n]) => n === 1).map(([value]) => value);
}

/** Rows split into those a load proves new (the first row of each key) and the rest. */
function splitNew<T>(rows: T[], isNew: (row: T) => boolean, keyOf: (row: T) => string): [T[], T[]] {
  const created = new Map<string, T>();
  const merged: T[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    if (isNew(row) && !created.has(key)) created.set(key, row);
    else merged.push(row);
  }
  return [[...created.values()], merged];
}

/**
 * The folder's statements in write order. Entities and events are grouped by label and relationships
 * by type, each group written by its own static statement (the generated file of that label or type,
 * see seed.queries.ts; the value only picks a file, it never becomes Cypher text).
 */
function loadSteps(plan: SeedPlan, fresh: NewRows): LoadStep[] {
  const steps: LoadStep[] = [];
  const add = (part: Part, text: string, rows: Record<string, unknown>[]) => {
    for (const batch of batches(rows)) steps.push({ part, text, rows: batch });
  };
  const [newEntities, entities] = splitNew(
    withUids("Entity", plan.entities),
    (e) => fresh.entities.has(e.slug as string),
    (e) => e.slug as string,
  );
  for (const [label, rows] of groupBy(newEntities, "label")) add("entities", cypher(loadQueryName("load-entities-new", label)), rows);
  for (const [label, rows] of groupBy(entities, "label")) add("entities", cypher(loadQueryName("load-entities", label)), rows);
  add("aliases", cypher("load-aliases"), plan.aliases);
  // Two declared entities that were merged since resolve to one: their relationship would point at itself.
  const [newRelationships, relationships] = splitNew(
    plan.relationships.filter((r) => r.from !== r.to),
    (r) => fresh.events.has((r.props as Record<string, unknown>).eventSlug as string),
    (r) => `${r.type as string}|${r.key as string}`,
  );
  for (const [type, rows] of groupBy(newRelationships, "type"))
    add("relationships", cypher(loadQueryName("load-relationships-new", type)), rows);
  for (const [type, rows] of groupBy(relationships, "type")) add("relationships", cypher(loadQueryName("load-relationships", type)), rows);
  for (const [label, rows] of groupBy(withUids("Event", plan.events), "label"))
    add("events", cypher(loadQueryName("load-events", label)), rows);
  const [newParticipants, participants] = splitNew(
    plan.participants,
    (p) => fresh.events.has(p.eventSlug as string),
    (p) => `${p.eventSlug as string}|${p.entitySlug as string}|${p.role as string}`,
  );
  add("participants", cypher("load-participants-new"), newParticipants);
  add("participants", cypher("load-participants"), participants);
  add("metrics", cypher("load-metrics"), withUids("Metric", plan.metrics));
  const [newClaims, claims] = splitNew(
    plan.claims,
    (c) => fresh.claims.has(c.key as string),
    (c) => c.key as string,
  );
  add("claims", cypher("load-claims-new"), newClaims);
  add("claims", cypher("load-claims"), claims);
  add("mentions", cypher(fresh.source ? "load-mentions-new" : "load-mentions"), plan.mentions);
  return steps;
}

/**
 * Rows with the uid their node gets if this load creates it (derived from kind and slug, so the same on
 * every machine); the statements keep a node's stored uid, so a rename or merge never changes it.
 */
function withUids(kind: NodeKind, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) => ({ ...row, uid: newNodeUid(kind, row.slug as string) }));
}

/** The statements that write arbitrated values back onto events (and their derived edges), metrics and stated relationships. */
function valueSteps(
  decided: Arbitrated[],
  derivedEdges: Map<string, DerivedEdgeKey[]>,
): { text: string; rows: Record<string, unknown>[] }[] {
  const row = (d: Arbitrated, extra: Record<string, unknown>) => ({
    values: d.values,
    disputed: d.disputed,
    citationSources: d.citationSources,
    citationQuotes: d.citationQuotes,
    ...extra,
  });
  const events = decided
    .filter((d) => d.factKey.startsWith("event:"))
    .map((d) => ({ ...row(d, {}), slug: d.factKey.slice("event:".length) }));
  const metrics = decided.filter((d) => d.factKey.startsWith("metric:")).map((d) => row(d, { slug: d.factKey.slice("metric:".length) }));
  const relationships = decided
    .filter((d) => d.factKey.startsWith("rel:"))
    .map((d) => {
      const key = d.factKey.slice("rel:".length);
      const [type, from, to] = key.split("|");
      return row(d, { type, from, to, key });
    });
  const entities = decided
    .filter((d) => d.declaration)
    .map((d) => ({
      slug: d.factKey.slice("entity:".length),
      ...d.declaration!,
      sortName: normalizeName(d.declaration!.name),
      citationSources: d.citationSources,
      citationQuotes: d.citationQuotes,
    }));
  const steps: { text: string; rows: Record<string, unknown>[] }[] = [];
  for (const rows of batches(entities)) steps.push({ text: cypher("load-entity-values"), rows });
  for (const rows of batches(events)) steps.push({ text: cypher("load-event-values"), rows });
  // An event whose derived edges the plan knows gets them written by key (a seek between two ends);
  // any other is found through its participants (which expands every relationship of each one).
  const byKey = events.flatMap((event) =>
    (derivedEdges.get(event.slug) ?? []).map((edge) => ({ ...event, type: edge.type, from: edge.from, to: edge.to, key: edge.key })),
  );
  for (const [type, group] of groupBy(byKey, "type")) {
    for (const rows of batches(group)) steps.push({ text: cypher(loadQueryName("load-derived-edge-values-by-key", type)), rows });
  }
  for (const rows of batches(events.filter((event) => !derivedEdges.has(event.slug))))
    steps.push({ text: cypher("load-derived-edge-values"), rows });
  for (const rows of batches(metrics)) steps.push({ text: cypher("load-metric-values"), rows });
  for (const [type, group] of groupBy(relationships, "type")) {
    for (const rows of batches(group)) steps.push({ text: cypher(loadQueryName("load-relationship-values", type)), rows });
  }
  return steps;
}

/** Every statement loadSteps and valueSteps can produce, for planning them ahead. */
export function allLoadStatements(): string[] {
  return [
    ...loadQueryNames("load-entities"),
    ...loadQueryNames("load-entities-new"),
    "load-aliases",
    ...loadQueryNames("load-relationships"),
    ...loadQueryNames("load-relationships-new"),
    ...loadQueryNames("load-events"),
    "load-participants",
    "load-participants-new",
    "load-metrics",
    "load-claims",
    "load-claims-new",
    "load-mentions",
    "load-mentions-new",
    "load-reports",
    "load-entity-values",
    "load-event-values",
    "load-derived-edge-values",
    ...loadQueryNames("load-derived-edge-values-by-key"),
    "load-metric-values",
    ...loadQueryNames("load-relationship-values"),
  ].map(cypher);
}

/** Rows grouped by a field, groups in order of first appearance, rows in their original order. */
function groupBy(rows: Record<string, unknown>[], field: string): Map<unknown, Record<string, unknown>[]> {
  const groups = new Map<unknown, Record<string, unknown>[]>();
  for (const row of rows) {
    const group = groups.get(row[field]);
    if (group) group.push(row);
    else groups.set(row[field], [row]);
  }
  return groups;
}

/** Batches of at most BATCH rows (a statement's memory in Neo4j grows with its batch). */
function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}
