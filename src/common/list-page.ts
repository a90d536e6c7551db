import { createHash } from "node:crypto";
import { BadUserInputError } from "./errors";
import { CursorKey, PageArgsShape, pageRequest, toConnection } from "./pagination";

/**
 * A connection page over a list already loaded whole and in its final order (an entity's citations,
 * an event's participants, the paths found): the same arguments, cursors and page rules as the
 * connections paged in Cypher, so a client pages every connection alike and such a list can move
 * to database paging later without a schema change. A cursor holds the item's position and a short
 * hash of its key; the key wins when the list has changed since (the item is found where it is now),
 * the position when the item is gone.
 */
export function listConnection<T, TEdge extends { node: unknown }>(
  items: T[],
  args: PageArgsShape,
  keyOf: (item: T) => string,
  toEdge: (item: T, cursor: string) => TEdge,
) {
  const request = pageRequest(args, "any");
  const keys = items.map((item) => hashKey(keyOf(item)));
  const start = request.after ? positionOf(request.after, keys, "after") + 1 : 0;
  const end = request.before ? positionOf(request.before, keys, "before") : items.length;
  const window = positions(start, end).map((i) => ({ item: items[i], cursorKey: { s: i, k: keys[i] } }));
  const rows = (request.backward ? window.reverse() : window).slice(0, request.limit);
  return toConnection(rows, request, items.length, (row, cursor) => toEdge(row.item, cursor));
}

/** The positions of a window, empty when the cursors cross. */
function positions(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}

/** Far above any list loaded whole (they are bounded well below this), so a forged huge position is refused. */
const MAX_POSITION = 100_000;

function positionOf(cursor: CursorKey, keys: string[], argument: string): number {
  const found = keys.indexOf(cursor.k);
  if (found >= 0) return found;
  // A gone item's old position can be past the list's end now, but not past any length it could have had.
  if (typeof cursor.s === "number" && Number.isSafeInteger(cursor.s) && cursor.s >= 0 && cursor.s <= MAX_POSITION)
    return Math.min(cursor.s, keys.length);
  throw new BadUserInputError(argument, "is not a cursor returned by this API.");
}

/** Keys can be long (a quote, a path's nodes); the cursor needs only to tell items apart. */
function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 16);
}
