import * as fs from "node:fs";
import * as path from "node:path";
import { seededGlobalId } from "../../src/common/global-id";
import { SEEDS_DIR } from "../../src/seed/seeds-dir";

const entity = (slug: string) => seededGlobalId("Entity", slug);
const event = (slug: string) => seededGlobalId("Event", slug);

interface ReferenceFacts {
  relationships?: { type: string; from: string; to: string }[];
  events?: { slug: string; participants?: { entity: string }[] }[];
  claims?: { event?: string; participants?: { entity: string }[] }[];
}

/**
 * The edges that only reference sources state (folders without a stored text): their evidence is a
 * note in a claim, never a verbatim quote, so a drawn edge or a path step may carry no citation when,
 * and only when, it is one of these. Keys are `TYPE|id|id` with the two ends' (seeded) global ids in stored order.
 */
export function referenceOnlyEdges(): Set<string> {
  const keys = new Set<string>();
  for (const folder of fs.readdirSync(SEEDS_DIR)) {
    const dir = path.join(SEEDS_DIR, folder);
    if (!fs.existsSync(path.join(dir, "facts.json")) || fs.existsSync(path.join(dir, "text.txt"))) continue;
    const facts = JSON.parse(fs.readFileSync(path.join(dir, "facts.json"), "utf8")) as ReferenceFacts;
    for (const r of facts.relationships ?? []) keys.add(`${r.type}|${entity(r.from)}|${entity(r.to)}`);
    for (const e of facts.events ?? []) {
      // Edges derived from the event (SUED from a legal action ...) name it as the event behind them.
      keys.add(`EVENT|${event(e.slug)}`);
      for (const p of e.participants ?? []) keys.add(`PARTICIPATED_IN|${entity(p.entity)}|${event(e.slug)}`);
    }
    for (const c of facts.claims ?? [])
      for (const p of c.participants ?? []) if (c.event) keys.add(`PARTICIPATED_IN|${entity(p.entity)}|${event(c.event)}`);
  }
  return keys;
}

/**
 * Whether an edge between two global ids (either direction), or the event behind it, is one that
 * only reference sources state.
 */
export function isReferenceOnly(keys: Set<string>, relationship: string, fromId: string, toId: string, eventId?: string | null): boolean {
  return (
    keys.has(`${relationship}|${fromId}|${toId}`) ||
    keys.has(`${relationship}|${toId}|${fromId}`) ||
    (!!eventId && keys.has(`EVENT|${eventId}`))
  );
}
