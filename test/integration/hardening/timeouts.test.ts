import { ApiError } from "../../../src/common/errors";
import { silentLogger } from "../../../src/common/logger";
import { createDriver } from "../../../src/db/driver";
import { GraphDatabase } from "../../../src/db/graph-database";
import { TestApi } from "../../helpers/api";
import { TEST_PASSWORD, testNeo4jUri } from "../../helpers/test-state";
import { codeOf, entityLookupDatabase, startHardenedApi } from "./harness";

// Counts to 100 million: seconds of CPU, which a short transaction timeout cuts off.
const SLOW_CYPHER = "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n";

/** A database whose entity lookups (either path) run SLOW_CYPHER instead, under a `timeoutMs` timeout. */
function slowDatabase(timeoutMs: number): GraphDatabase {
  return entityLookupDatabase(timeoutMs, (_run, runInstead) => runInstead(SLOW_CYPHER));
}

async function runningSlowTransactions(db: GraphDatabase): Promise<number> {
  const rows = await db.runStatement(
    "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 100000000)' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN count(*) AS n",
    {},
    "READ",
  );
  return rows[0].n as number;
}

describe("query timeouts", () => {
  it("stops a slow Cypher transaction at the configured timeout with QUERY_TIMEOUT and frees it", async () => {
    const db = new GraphDatabase(createDriver({ uri: testNeo4jUri(), user: "neo4j", password: TEST_PASSWORD }), {
      timeoutMs: 300,
      logger: silentLogger,
    });
    try {
      const started = Date.now();
      const error = await db.readAssembled("slow-count", SLOW_CYPHER).catch((e: unknown) => e);
      const elapsed = Date.now() - started;
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).extensions.code).toBe("QUERY_TIMEOUT");
      expect((error as ApiError).message).toContain("300 ms");
      expect(elapsed).toBeLessThan(5000);
      expect(await runningSlowTransactions(db)).toBe(0);
    } finally {
      await db.close();
    }
  });

  describe("over HTTP", () => {
    let t: TestApi;
    beforeAll(async () => {
      t = await startHardenedApi({ db: slowDatabase(500) });
    });
    afterAll(async () => {
      await t.close();
    });

    it("answers a field whose query times out with QUERY_TIMEOUT, and the API keeps serving", async () => {
      const started = Date.now();
      const res = await t.query(`{ entity(slug: "moonshot-ai") { name } }`);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(res.status).toBe(200);
      expect(codeOf(res)).toBe("QUERY_TIMEOUT");
      expect(res.errors![0].path).toEqual(["entity"]);
      expect(res.errors![0].message).toMatch(/longer than 500 ms/);
      const other = await t.query(`{ events(first: 1) { totalCount } }`);
      expect(other.errors).toBeUndefined();
      expect(other.data?.events.totalCount).toBeGreaterThan(0);
    });
  });
});
