import { createHash } from "node:crypto";
import { GraphDatabase } from "../../../src/db/graph-database";

interface Row {
  kind: "node" | "relationship";
  id: string;
  labels: string[];
  start: string | null;
  end: string | null;
  properties: Record<string, unknown>;
}

/** The whole database as sorted canonical lines (one per node and relationship) and their SHA-256. */
export interface Fingerprint {
  hash: string;
  /** Element id -> what it is (labels or `[TYPE]`) and its canonical line. */
  items: Map<string, { what: string; line: string }>;
}

/** Counts per node labels (`Entity:Organization`) or relationship type (`[FOUNDED]`) of what a write did. */
export interface GraphDiff {
  added: Record<string, number>;
  removed: Record<string, number>;
  changed: Record<string, number>;
}

/** JSON with object keys sorted, so equal property maps give equal text whatever the order Neo4j returns. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export async function fingerprint(db: GraphDatabase): Promise<Fingerprint> {
  const rows = await db.read<Row>("maintenance/graph-fingerprint");
  const items = new Map<string, { what: string; line: string }>();
  for (const row of rows) {
    const what = row.kind === "node" ? [...row.labels].sort().join(":") : `[${row.labels[0]}]`;
    const ends = row.kind === "relationship" ? ` ${row.start}->${row.end}` : "";
    items.set(`${row.kind} ${row.id}`, { what, line: `${row.kind} ${row.id} ${what}${ends} ${canonical(row.properties)}` });
  }
  const lines = [...items.values()].map((i) => i.line).sort();
  return { hash: createHash("sha256").update(lines.join("\n")).digest("hex"), items };
}

/** What changed between two fingerprints, counted by labels or type (an item is its element id). */
export function diff(before: Fingerprint, after: Fingerprint): GraphDiff {
  const result: GraphDiff = { added: {}, removed: {}, changed: {} };
  const bump = (counts: Record<string, number>, what: string) => (counts[what] = (counts[what] ?? 0) + 1);
  for (const [id, item] of after.items) {
    const old = before.items.get(id);
    if (!old) bump(result.added, item.what);
    else if (old.line !== item.line) bump(result.changed, item.what);
  }
  for (const [id, item] of before.items) if (!after.items.has(id)) bump(result.removed, item.what);
  return result;
}
