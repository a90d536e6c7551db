import { Operation } from "../operations";
import { stableJson } from "./stable-json";

export type TargetName = "floor" | "peer" | "ours";
export interface CheckTarget {
  name: TargetName;
  url: string;
  bodies: string[];
}

/** How many check requests each operation sends to every target before it is measured. */
export const CHECK_REQUESTS = 10;

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" &&
    Array.isArray((value as { events?: unknown[] }).events) &&
    (value as { events: unknown[] }).events.length === 0);

/**
 * Sends the first check requests of `op` to every target and compares their answers in canonical
 * form (Operation.canonical) with the floor's. Throws, naming the operation, request and targets, on
 * an error, a missing `data`, an empty answer where the sample must find something (or every answer
 * empty where some may be), or any difference. Returns ours' Cypher round trips (extensions.cypherQueries).
 */
export async function checkAnswers(op: Operation, targets: CheckTarget[]): Promise<{ ourRoundTrips: string }> {
  const trips: number[] = [];
  let empty = 0;
  const count = Math.min(CHECK_REQUESTS, ...targets.map((t) => t.bodies.length));
  for (let i = 0; i < count; i++) {
    const answers = new Map<TargetName, string>();
    for (const target of targets) {
      const response = await fetch(target.url, { method: "POST", headers: { "content-type": "application/json" }, body: target.bodies[i] });
      const json = (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: unknown[];
        extensions?: { cypherQueries?: number };
      };
      const where = `${op.name} check request ${i + 1} to ${target.name}`;
      if (json.errors?.length) throw new Error(`${where} answered errors: ${JSON.stringify(json.errors).slice(0, 400)}`);
      if (!json.data || typeof json.data !== "object") throw new Error(`${where} answered no data`);
      const toCanonical = op.canonical[target.name];
      if (!toCanonical) throw new Error(`${where}: the operation has no canonical form for this target`);
      const canonical = toCanonical(json.data) ?? null;
      if (target.name === "floor" && isEmpty(canonical)) {
        if (!op.mayBeEmpty)
          throw new Error(`${where} answered nothing for a sample that must find something: ${target.bodies[i].slice(0, 300)}`);
        empty++;
      }
      if (target.name === "ours" && typeof json.extensions?.cypherQueries === "number") trips.push(json.extensions.cypherQueries);
      answers.set(target.name, stableJson(canonical));
    }
    const floor = answers.get("floor");
    for (const [name, answer] of answers) {
      if (answer !== floor)
        throw new Error(
          `${op.name} check request ${i + 1}: ${name} answers differently from the floor\n  floor: ${floor?.slice(0, 1500)}\n  ${name}: ${answer.slice(0, 1500)}`,
        );
    }
  }
  if (empty === count) throw new Error(`${op.name}: every check request answered nothing; the samples test nothing`);
  const ourRoundTrips = trips.length
    ? Math.min(...trips) === Math.max(...trips)
      ? String(trips[0])
      : `${Math.min(...trips)}-${Math.max(...trips)}`
    : "?";
  return { ourRoundTrips };
}
