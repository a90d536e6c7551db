import { AppConfig } from "../config";
import { Logger } from "../common/logger";
import { applySchema } from "./apply-schema";
import { createDriver, waitForDatabase } from "./driver";
import { GraphDatabase } from "./graph-database";
import { LocalNeo4j, startLocalNeo4j } from "./local-neo4j";
import { runningBoltUri } from "./local-neo4j-address";

/** A command's database and how to let go of it (closes the driver, stops a Neo4j started for it). */
export interface CommandDatabase {
  db: GraphDatabase;
  close: () => Promise<void>;
}

/**
 * The database a one-off command (`npm run seed`, `keys`, `maintain`) works on, ready and with the
 * schema applied: NEO4J_URI when set; else the local store of `npm start`, through the Neo4j that holds
 * it when one is running (its address is in `<dataDir>/bolt.json`; the store is locked by that process),
 * or a Neo4j started for the command and stopped by `close`.
 */
export async function openCommandDatabase(config: AppConfig, logger: Logger, progress: (line: string) => void): Promise<CommandDatabase> {
  const target = config.neo4j;
  let uri: string;
  let local: LocalNeo4j | undefined;
  if (target.kind === "external") uri = target.uri;
  else {
    const running = runningBoltUri(target.dataDir);
    if (running) uri = running;
    else {
      progress(`[neo4j] starting the local Neo4j (data in ${target.dataDir}) for this command...`);
      // Port 0: a free port, so this short-lived Neo4j never collides with anything on the configured one.
      local = await startLocalNeo4j({
        dataDir: target.dataDir,
        port: 0,
        user: target.user,
        password: target.password,
        heap: target.heap,
        pageCache: target.pageCache,
      });
      uri = local.uri;
    }
  }
  const db = new GraphDatabase(createDriver({ uri, user: target.user, password: target.password }), {
    database: target.database,
    timeoutMs: config.queryTimeoutMs,
    logger,
  });
  const close = async () => {
    await db.close();
    await local?.stop();
  };
  try {
    await waitForDatabase(db.driver, 30_000, target.database);
    await applySchema(db, logger);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, close };
}
