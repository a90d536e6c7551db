import "reflect-metadata";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { silentLogger } from "../../src/common/logger";
import { applySchema } from "../../src/db/apply-schema";
import { createDriver, waitForDatabase } from "../../src/db/driver";
import { GraphDatabase } from "../../src/db/graph-database";
import { startLocalNeo4j } from "../../src/db/local-neo4j";
import { loadSeedRoot } from "../../src/seed/seed.loader";
import { SEEDS_DIR } from "../../src/seed/seeds-dir";
import { TEST_PASSWORD } from "./test-state";

/** Starts one Neo4j for the whole run on a free port in a temporary folder, with the seeds loaded. */
export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aig-test-neo4j-"));
  const started = Date.now();
  const neo4j = await startLocalNeo4j({ dataDir, port: 0, password: TEST_PASSWORD, heap: "768m", pageCache: "128m" });
  (globalThis as { __NEO4J__?: unknown }).__NEO4J__ = neo4j;
  const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: TEST_PASSWORD });
  const db = new GraphDatabase(driver, { timeoutMs: 30_000, logger: silentLogger });
  try {
    await waitForDatabase(driver, 30_000);
    await applySchema(db, silentLogger);
    await loadSeedRoot(db, SEEDS_DIR);
  } finally {
    await db.close();
  }
  process.env.TEST_NEO4J_URI = neo4j.uri;
  process.env.TEST_NEO4J_DATA_DIR = dataDir;
  process.stdout.write(`\n[test] Neo4j ready at ${neo4j.uri} with seeds in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
