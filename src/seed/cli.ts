import "reflect-metadata";
import * as path from "node:path";
import { loadConfig } from "../config";
import { Logger } from "../common/logger";
import { applySchema } from "../db/apply-schema";
import { createDriver, waitForDatabase } from "../db/driver";
import { GraphDatabase } from "../db/graph-database";
import { startLocalNeo4j, LocalNeo4j } from "../db/local-neo4j";
import { listSeedFolders } from "./seed.reader";
import { loadSeeds, SeedValidationError } from "./seed.loader";
import { SEEDS_DIR } from "./seeds-dir";

/**
 * `npm run seed [folder ...]`: validates and loads seed folders (all of seeds/ by default, or the
 * folders named, e.g. a new article's folder) into the configured Neo4j, starting the local one if
 * NEO4J_URI is unset. Idempotent.
 */
async function run(): Promise<number> {
  const config = loadConfig();
  const logger = new Logger(config.logLevel);
  const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((f) => path.resolve(f)) : listSeedFolders(SEEDS_DIR);
  let local: LocalNeo4j | undefined;
  let uri: string;
  if (config.neo4j.kind === "external") uri = config.neo4j.uri;
  else {
    console.log("[neo4j] starting local Neo4j...");
    local = await startLocalNeo4j({
      dataDir: config.neo4j.dataDir,
      port: config.neo4j.port,
      user: config.neo4j.user,
      password: config.neo4j.password,
      heap: config.neo4j.heap,
      pageCache: config.neo4j.pageCache,
    });
    uri = local.uri;
  }
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
  const db = new GraphDatabase(driver, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs, logger });
  try {
    await waitForDatabase(driver, 30_000, config.neo4j.database);
    await applySchema(db, logger);
    const report = await loadSeeds(db, folders, (line) => console.log(line));
    console.log(
      `[seed] done: ${report.sources.join(", ")}; graph has ${report.nodes} nodes, ${report.relationships} relationships (${report.ms} ms)`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof SeedValidationError ? error.message : `Seeding failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await db.close();
    await local?.stop();
  }
}

void run().then((code) => process.exit(code));
