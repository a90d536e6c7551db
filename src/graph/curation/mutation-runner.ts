import { createHash } from "node:crypto";
import neo4j, { ManagedTransaction } from "neo4j-driver";
import { cypher } from "../../db/cypher-files";
import { bumpDataVersion } from "../../db/data-version";
import { GraphDatabase } from "../../db/graph-database";
import { toPlain } from "../../db/values";
import { Change } from "../change/change.type";
import { nextChangeSeq, recordChange } from "../change/change.repository";
import { UserError, UserErrorCode } from "./curation.payloads";
import { controlCharacterErrors, userError, UserErrorsAbort } from "./user-errors";
import type { Done } from "./curation.service";

/** What a mutation wrote: the node to answer with (kind and slug or key) and its audit record. */
export interface WriteResult {
  kind: "Entity" | "Source" | "Claim";
  ref: string;
  change: Change;
}

interface IdempotencyRecord {
  inputHash: string;
  result: string;
  /** When it was saved (ISO 8601 UTC). */
  at: string;
}

export interface Outcome {
  result: WriteResult | null;
  userErrors: UserError[];
  replayed: boolean;
}

const MAX_INPUT_CHARS = 250_000;
/** IDEMPOTENCY_TTL_HOURS' default. */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
/** Expired idempotency records forgotten per write: enough to keep up, bounded so no write waits on it. */
const PRUNE_BATCH = 100;

/** Thrown inside the transaction when an idempotencyKey's first result answers the request: rolls back, then is returned. */
class Replay extends Error {
  constructor(readonly result: WriteResult) {
    super("idempotent replay");
  }
}

/**
 * Runs one mutation: checks what needs no database, then does all of its work in one write
 * transaction together with its audit record, the data version and its idempotency record. Any
 * userError thrown inside rolls the whole transaction back: nothing is written. An idempotency record
 * older than `idempotencyTtlMs` no longer replays; each write prunes a batch of expired ones.
 */
export async function runMutation(
  db: GraphDatabase,
  actor: string,
  operation: string,
  input: { idempotencyKey?: string | null; clientMutationId?: string | null },
  work: (tx: ManagedTransaction, seq: number) => Promise<Done>,
  idempotencyTtlMs = DEFAULT_IDEMPOTENCY_TTL_MS,
): Promise<Outcome> {
  const { clientMutationId: _ignored, idempotencyKey, ...values } = input;
  const serialized = JSON.stringify(values);
  const early = controlCharacterErrors(values);
  if (serialized.length > MAX_INPUT_CHARS) early.push(userError("", `the input is larger than ${MAX_INPUT_CHARS} characters`));
  if (idempotencyKey != null && (idempotencyKey.length < 1 || idempotencyKey.length > 200 || controlCharacterErrors(idempotencyKey).length))
    early.push(userError("idempotencyKey", "idempotencyKey must be 1-200 characters without control characters"));
  if (early.length > 0) return { result: null, userErrors: early, replayed: false };

  const inputHash = createHash("sha256").update(`${operation}\n${serialized}`).digest("hex");
  const key = idempotencyKey != null ? `${actor}\n${idempotencyKey}` : null;
  try {
    return await db.writeTransaction(async (tx) => {
      const cutoff = new Date(Date.now() - idempotencyTtlMs).toISOString();
      // The counter's write lock first: it serialises writers, so of two concurrent requests with one
      // idempotencyKey the second waits for the first to commit, then finds its record and replays it
      // (looked up before the lock, both would write and the second fail on the record's constraint).
      const seq = await nextChangeSeq(tx);
      if (key) {
        const found = await tx.run(cypher("get-idempotency-record"), { key });
        const record = found.records.length > 0 ? (toPlain(found.records[0].get("record")) as IdempotencyRecord) : null;
        if (record && record.at < cutoff) await tx.run(cypher("delete-idempotency-record"), { key });
        else if (record) {
          if (record.inputHash !== inputHash)
            throw new UserErrorsAbort([
              userError("idempotencyKey", "this idempotencyKey was used with a different input", UserErrorCode.IDEMPOTENCY_KEY_REUSED),
            ]);
          throw new Replay(JSON.parse(record.result) as WriteResult); // rolls back: the counter keeps its number
        }
      }
      // After the counter's lock, which serialises writers: two writes never race to delete one record.
      await tx.run(cypher("prune-idempotency-records"), { cutoff, limit: neo4j.int(PRUNE_BATCH) });
      const done = await work(tx, seq);
      const { ref, also, ...record } = done;
      const change = await recordChange(tx, { ...record, seq, actor });
      for (const other of also ?? []) await recordChange(tx, { ...other, seq: await nextChangeSeq(tx), actor });
      await bumpDataVersion(tx);
      const result: WriteResult = { kind: done.targetKind, ref, change };
      if (key)
        await tx.run(cypher("save-idempotency-record"), { key, operation, inputHash, result: JSON.stringify(result), at: change.at });
      return { result, userErrors: [], replayed: false };
    });
  } catch (error) {
    if (error instanceof UserErrorsAbort) return { result: null, userErrors: error.errors, replayed: false };
    if (error instanceof Replay) return { result: error.result, userErrors: [], replayed: true };
    throw error;
  }
}
