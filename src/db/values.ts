import neo4j, { type Date as CypherDate, type DateTime, type Duration, type LocalDateTime, type LocalTime, type Time } from "neo4j-driver";
import { PageRequest } from "../common/pagination";

/**
 * Converts what the driver returns into plain JSON-friendly values, once, at the edge: Integers to
 * numbers, temporal values to ISO text, nodes to their properties. Resolvers never see driver types.
 * Lists and maps are converted in place: the driver builds them afresh for every record, and copying
 * each one was a large share of a read's garbage.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  // Maps (and map projections, the bulk of every row) come back as plain objects: convert their
  // values without testing them against every driver type first.
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
    if (isTemporal(value)) return value.toString();
    if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
      return toPlain((value as { properties: unknown }).properties);
    }
  }
  const map = value as Record<string, unknown>;
  for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
  return map;
}

function isTemporal(value: object): value is CypherDate | DateTime | LocalDateTime | Time | LocalTime | Duration {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/** SKIP/LIMIT must be Cypher integers; a JS number would be sent as a float and rejected. */
export const int = (n: number) => neo4j.int(n);

/** The keyset window of a page as the paged queries name it: `$after`, `$before`, `$backward`, `$limit`. */
export function pageParams(page: PageRequest) {
  return { after: page.after?.k ?? null, before: page.before?.k ?? null, backward: page.backward, limit: int(page.limit) };
}
