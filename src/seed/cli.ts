import "reflect-metadata";
import * as path from "node:path";
import { loadConfig } from "../config";
import { Logger } from "../common/logger";
import { CommandDatabase, openCommandDatabase } from "../db/command-database";
import { listSeedFolders } from "./seed.reader";
import { loadSeeds, SeedValidationError } from "./seed.loader";
import { SEEDS_DIR } from "./seeds-dir";

/**
 * `npm run seed [folder ...]`: validates and loads seed folders (all of seeds/ by default, or the
 * folders named, e.g. a new article's folder) into the configured Neo4j (openCommandDatabase: the
 * running local one, or one started for the command, when NEO4J_URI is unset). Idempotent.
 */
async function run(): Promise<number> {
  const config = loadConfig();
  const logger = new Logger(config.logLevel);
  const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((f) => path.resolve(f)) : listSeedFolders(SEEDS_DIR);
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

void run().then((code) => process.exit(code));
