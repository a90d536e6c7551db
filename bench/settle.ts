import { GraphDatabase } from "../src/db/graph-database";
import { processCpuSeconds } from "./synthetic/import";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until Neo4j uses less than `idleCores` of CPU over a one-second window (background work after
 * an import: index population, checkpoints, GC), at most `maxSeconds`. Returns the seconds waited, or
 * null when it never became idle (the report says so).
 */
export async function waitForIdle(pid: number, idleCores: number, maxSeconds: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < maxSeconds * 1000) {
    const before = processCpuSeconds(pid);
    await sleep(1000);
    if (processCpuSeconds(pid) - before < idleCores) return (Date.now() - started) / 1000;
  }
  return null;
}

/**
 * Settles the database before measuring: every index online, the import's pages written out by a
 * checkpoint (so no checkpoint falls inside a measurement), then Neo4j's CPU idle. `db.checkpoint()`
 * is an Enterprise procedure: where Community lacks it, `checkpointed` is false and the idle wait
 * (which outlasts a background checkpoint) is what settles.
 */
export async function settle(
  db: GraphDatabase,
  neo4jPid: number,
  idleCores: number,
  maxSeconds: number,
): Promise<{ idleAfterSeconds: number | null; checkpointed: boolean }> {
  await db.runStatement("CALL db.awaitIndexes(600)");
  let checkpointed = true;
  try {
    await db.runStatement("CALL db.checkpoint()");
  } catch (error) {
    if (!/no procedure/i.test((error as Error).message)) throw error;
    checkpointed = false;
  }
  return { idleAfterSeconds: await waitForIdle(neo4jPid, idleCores, maxSeconds), checkpointed };
}
