import { BadUserInputError } from "../../common/errors";
import { CursorKey, decodeCursor, encodeCursor } from "../../common/pagination";
import { Change } from "./change.type";

/** A change's place in the trail as a connection cursor key: its sequence number. */
export function changeCursorKey(change: Pick<Change, "seq">): CursorKey {
  return { s: null, k: String(change.seq) };
}

export function changeCursor(change: Pick<Change, "seq">): string {
  return encodeCursor(changeCursorKey(change));
}

/** The sequence number a cursor stands for; a forged one is refused naming `after`. */
export function seqOfCursorKey(key: CursorKey): number {
  const seq = Number(key.k);
  if (!/^\d+$/.test(key.k) || !Number.isSafeInteger(seq)) throw new BadUserInputError("after", "is not a cursor of this connection.");
  return seq;
}

export function seqOfCursor(cursor: string): number {
  return seqOfCursorKey(decodeCursor(cursor, "after", "none"));
}
