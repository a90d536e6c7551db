import { pageRequest, PageArgsShape, toConnection } from "../../common/pagination";
import { Claim, ClaimConnection } from "./claim.type";

/**
 * One page of claims already loaded (a fact or a source has few enough to load whole), with the same
 * cursors and page rules as every other connection: ordered by key, `first`/`after` or `last`/`before`.
 */
export function claimConnection(claims: Claim[], args: PageArgsShape): ClaimConnection {
  const page = pageRequest(args);
  const sorted = [...claims].sort((a, b) => a.key.localeCompare(b.key));
  const inRange = sorted.filter((c) => (!page.after || c.key > page.after.k) && (!page.before || c.key < page.before.k));
  const ordered = page.backward ? inRange.reverse() : inRange;
  const rows = ordered.slice(0, page.limit).map((claim) => ({ claim, cursorKey: { s: null, k: claim.key } }));
  return toConnection(rows, page, claims.length, (row, cursor) => ({ cursor, node: row.claim }));
}
