import { graphql } from "graphql";
import { Viewer } from "../../../src/auth/viewer";
import { silentLogger } from "../../../src/common/logger";
import { createLoaders } from "../../../src/context";
import { createDriver } from "../../../src/db/driver";
import { GraphDatabase } from "../../../src/db/graph-database";
import { buildAppSchema } from "../../../src/schema";
import { TEST_PASSWORD, testNeo4jUri } from "../../helpers/test-state";

/**
 * Test-only: runs operations through the real schema and resolvers with a context that carries a
 * viewer, so curation.test.ts acts as an editor without minting keys. The tests over HTTP with real
 * keys are walkthrough.test.ts and hostile-writes.test.ts.
 */
export interface Curator {
  db: GraphDatabase;
  run<T = any>(source: string, variables?: Record<string, unknown>, viewer?: Viewer | null): Promise<{ data?: T; errors?: readonly any[] }>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  close(): Promise<void>;
}

export const EDITOR: Viewer = { keyName: "test-editor", role: "editor" };
export const ADMIN: Viewer = { keyName: "test-admin", role: "admin" };

/** `idempotencyTtlMs`: as IDEMPOTENCY_TTL_HOURS sets it over HTTP; unset, the default. */
export async function startCurator(options: { idempotencyTtlMs?: number } = {}): Promise<Curator> {
  const driver = createDriver({ uri: testNeo4jUri(), user: "neo4j", password: TEST_PASSWORD });
  const db = new GraphDatabase(driver, { timeoutMs: 20_000, logger: silentLogger });
  const schema = await buildAppSchema();
  return {
    db,
    async run(source, variables, viewer = EDITOR) {
      const contextValue = {
        db,
        loaders: createLoaders(db),
        logger: silentLogger,
        requestId: "test",
        stats: { cypherQueries: 0, queryNames: [] },
        viewer,
        idempotencyTtlMs: options.idempotencyTtlMs,
      };
      const result = await graphql({ schema, source, variableValues: variables, contextValue });
      return { data: result.data as any, errors: result.errors };
    },
    async counts() {
      const [row] = await db.read<{ nodes: number; relationships: number }>("count-graph");
      return row;
    },
    close: () => db.close(),
  };
}

/**
 * Removes everything the suite wrote, so suites that count the seeded graph run after it unchanged:
 * its entities, source, events, metrics, claims and aliases (all under the `cur-test` prefix), the
 * redirects renames and merges left to them, the API's audit records and the idempotency records. The
 * seed load's audit records (actor `seed:<folder>`) stay, and the change counter goes back to the last
 * of them, so the trail stays gap-free for the next suite. The data version stays: the seed load
 * created it, and it only ever moves forward (ETags rely on that).
 */
export async function removeCurationTestData(db: GraphDatabase): Promise<void> {
  await db.runStatement(`MATCH (r:Redirect)-[:REDIRECTS_TO]->(e:Entity) WHERE e.slug STARTS WITH 'cur-test' DETACH DELETE r`);
  await db.runStatement(
    `MATCH (n) WHERE (n:Entity OR n:Event OR n:Metric OR n:Source) AND n.slug STARTS WITH 'cur-test'
     OR n:Claim AND n.sourceSlug STARTS WITH 'cur-test'
     OR n:Alias AND n.entitySlug STARTS WITH 'cur-test'
     OR n:Change AND NOT n.actor STARTS WITH 'seed:' OR n:IdempotencyRecord
     DETACH DELETE n`,
  );
  await db.runStatement(`MATCH (k:ChangeCounter) OPTIONAL MATCH (c:Change) WITH k, max(c.seq) AS last SET k.value = coalesce(last, 0)`);
}

/** The number of the last change recorded so far (the seed load's, on a freshly seeded graph). */
export async function lastChangeSeq(db: GraphDatabase): Promise<number> {
  const [row] = await db.runStatement(`OPTIONAL MATCH (k:ChangeCounter) RETURN coalesce(k.value, 0) AS last`, {}, "READ");
  return Number(row.last);
}
