import "reflect-metadata";
import * as path from "node:path";
import { loadConfig } from "../config";
import { Logger } from "../common/logger";
import { CommandDatabase, openCommandDatabase } from "../db/command-database";
import { listSeedFolders } from "./seed.reader";
import { loadSeeds, SeedValidationError } from "./seed.loader";
import { SEEDS_DIR } from "./seeds-dir";
import { BulkRefusedError, bulkLoadSeeds } from "./seed.bulk";

/**
 * `npm run seed [folder ...]`: validates and loads seed folders (all of seeds/ by default, or the
 * folders named, e.g. a new article's folder) into the configured Neo4j (openCommandDatabase: the
 * running local one, or one started for the command, when NEO4J_URI is unset). Idempotent.
 * `--bulk`: into a new local database only, through Neo4j's offline importer (src/seed/seed.bulk.ts).
 */
async function run(): Promise<number> {
  const config = loadConfig();
  const logger = new Logger(config.logLevel);
  const args = process.argv.slice(2);
  const bulk = args.includes("--bulk");
  const named = args.filter((a) => a !== "--bulk");
  const folders = named.length > 0 ? named.map((f) => path.resolve(f)) : listSeedFolders(SEEDS_DIR);
  if (bulk) return runBulk(config, folders);
  let opened: CommandDatabase | undefined;
  try {
    opened = await openCommandDatabase(config, logger, (line) => console.log(line));
    const { db } = opened;
    const report = await loadSeeds(db, folders, (line) => console.log(line));
    console.log(
      `[seed] done: ${report.sources.join(", ")}; graph has ${report.nodes} nodes, ${report.relationships} relationships (${report.ms} ms)`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof SeedValidationError ? error.message : `Seeding failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await opened?.close();
  }
}

async function runBulk(config: ReturnType<typeof loadConfig>, folders: string[]): Promise<number> {
  const target = config.neo4j;
  if (target.kind === "external") {
    console.error("Seeding failed: --bulk fills a new local database only; unset NEO4J_URI, or load online with `npm run seed`.");
    return 1;
  }
  try {
    const report = await bulkLoadSeeds(folders, target, (line) => console.log(line));
    console.log(
      `[seed] done (bulk): ${report.sources.length} sources; graph has ${report.nodes} nodes, ${report.relationships} relationships (${report.ms} ms, import ${report.stepsMs.import} ms)`,
    );
    return 0;
  } catch (error) {
    const known = error instanceof SeedValidationError || error instanceof BulkRefusedError;
    console.error(known ? error.message : `Seeding failed: ${(error as Error).message}`);
    return 1;
  }
}

void run().then((code) => process.exit(code));
