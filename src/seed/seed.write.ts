import { ManagedTransaction } from "neo4j-driver";
import { cypher, cypherTemplate } from "../db/cypher-files";
import { toPlain } from "../db/values";
import { ENTITY_LABELS, EVENT_LABELS, RELATIONSHIP_TYPES } from "../common/vocabulary";
import { Arbitrated, arbitrateAll, ClaimRow } from "./seed.arbitrate";
import { SeedPlan } from "./seed.plan";

const BATCH = 2000;

/**
 * Writes one validated plan inside the caller's write transaction: the one write path shared by the
 * seed loader (a folder per transaction) and the curation mutations (one input per transaction), so
 * both write the same statements and arbitrate the same way. `writeSource` false leaves an existing
 * source's node alone (a mutation that only cites it).
 */
export async function writePlan(
  tx: ManagedTransaction,
  plan: SeedPlan,
  progress: (line: string) => void = () => undefined,
  options: { writeSource: boolean } = { writeSource: true },
): Promise<void> {
  const slug = plan.source.slug as string;
  const steps = loadSteps(plan);
  // Every statement of the folder is sent at once: the driver pipelines them on the connection and
  // Neo4j runs them in order, so Node packs the next batch while Neo4j writes the previous one.
  // Order matters: entities before aliases and edges that MATCH them, events before participants.
  const done: Record<string, number> = {};
  const pending: Promise<unknown>[] = options.writeSource ? [tx.run(cypher("load-source"), { source: plan.source }).summary()] : [];
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
  await arbitrateFacts(tx, [...new Set(plan.claims.map((c) => c.factKey as string))]);
}

/** Writes the values the claims of these facts (of every source) decide onto the facts; also after a retraction. */
export async function arbitrateFacts(tx: ManagedTransaction, factKeys: string[]): Promise<void> {
  const result = await tx.run(cypher("get-claims-by-fact-keys"), { factKeys });
  const decided = arbitrateAll(result.records.map((r) => toPlain(r.get("claim")) as ClaimRow));
  await Promise.all(valueSteps(decided).map((step) => tx.run(step.text, { batch: { rows: step.rows } }).summary()));
}

export type Part = keyof Omit<SeedPlan, "source">;
export const PARTS: Part[] = ["entities", "aliases", "relationships", "events", "participants", "metrics", "claims"];

/** One UNWIND statement: its text (a static label or type filled in) and its batch of rows. */
interface LoadStep {
  part: Part;
  text: string;
  rows: Record<string, unknown>[];
}

/**
 * The folder's statements in write order. Entities and events are grouped by label and relationships
 * by type, each group written by its own static statement (the label or type picked from the
 * vocabulary's whitelist, never taken from a file as text).
 */
function loadSteps(plan: SeedPlan): LoadStep[] {
  const steps: LoadStep[] = [];
  const add = (part: Part, text: string, rows: Record<string, unknown>[]) => {
    for (const batch of batches(rows)) steps.push({ part, text, rows: batch });
  };
  for (const [label, rows] of groupBy(plan.entities, "label"))
    add("entities", cypherTemplate("load-entities", { LABEL: whitelisted(ENTITY_LABEL_NAMES, label) }), rows);
  add("aliases", cypher("load-aliases"), plan.aliases);
  for (const [type, rows] of groupBy(plan.relationships, "type"))
    add("relationships", cypherTemplate("load-relationships", { TYPE: whitelisted(RELATIONSHIP_TYPES, type) }), rows);
  for (const [label, rows] of groupBy(plan.events, "label"))
    add("events", cypherTemplate("load-events", { LABEL: whitelisted(EVENT_LABEL_NAMES, label) }), rows);
  add("participants", cypher("load-participants"), plan.participants);
  add("metrics", cypher("load-metrics"), plan.metrics);
  add("claims", cypher("load-claims"), plan.claims);
  return steps;
}

/** The statements that write arbitrated values back onto events (and their derived edges), metrics and stated relationships. */
function valueSteps(decided: Arbitrated[]): { text: string; rows: Record<string, unknown>[] }[] {
  const row = (d: Arbitrated, extra: Record<string, unknown>) => ({
    values: d.values,
    disputed: d.disputed,
    citationSources: d.citationSources,
    citationQuotes: d.citationQuotes,
    ...extra,
  });
  const events = decided.filter((d) => d.factKey.startsWith("event:")).map((d) => row(d, { slug: d.factKey.slice("event:".length) }));
  const metrics = decided.filter((d) => d.factKey.startsWith("metric:")).map((d) => row(d, { slug: d.factKey.slice("metric:".length) }));
  const relationships = decided
    .filter((d) => d.factKey.startsWith("rel:"))
    .map((d) => {
      const key = d.factKey.slice("rel:".length);
      const [type, from, to] = key.split("|");
      return row(d, { type, from, to, key });
    });
  const steps: { text: string; rows: Record<string, unknown>[] }[] = [];
  for (const rows of batches(events))
    steps.push({ text: cypher("load-event-values"), rows }, { text: cypher("load-derived-edge-values"), rows });
  for (const rows of batches(metrics)) steps.push({ text: cypher("load-metric-values"), rows });
  for (const [type, group] of groupBy(relationships, "type")) {
    for (const rows of batches(group))
      steps.push({ text: cypherTemplate("load-relationship-values", { TYPE: whitelisted(RELATIONSHIP_TYPES, type) }), rows });
  }
  return steps;
}

/** Every statement loadSteps can produce, for planning them ahead. */
export function allLoadStatements(): string[] {
  return [
    ...ENTITY_LABEL_NAMES.map((label) => cypherTemplate("load-entities", { LABEL: label })),
    cypher("load-aliases"),
    ...RELATIONSHIP_TYPES.map((type) => cypherTemplate("load-relationships", { TYPE: type })),
    ...EVENT_LABEL_NAMES.map((label) => cypherTemplate("load-events", { LABEL: label })),
    cypher("load-participants"),
    cypher("load-metrics"),
    cypher("load-claims"),
    cypher("load-event-values"),
    cypher("load-derived-edge-values"),
    cypher("load-metric-values"),
    ...RELATIONSHIP_TYPES.map((type) => cypherTemplate("load-relationship-values", { TYPE: type })),
  ];
}

const ENTITY_LABEL_NAMES: readonly string[] = Object.values(ENTITY_LABELS);
const EVENT_LABEL_NAMES: readonly string[] = Object.values(EVENT_LABELS);

function whitelisted(allowed: readonly string[], value: unknown): string {
  if (typeof value !== "string" || !allowed.includes(value))
    throw new Error(`Seed loader: ${String(value)} is not one of ${allowed.join(", ")}`);
  return value;
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
