import "reflect-metadata";
import { generateKey } from "../auth/api-key";
import { ApiKeyRepository } from "../auth/api-key.repository";
import { AppConfig, loadConfig } from "../config";
import { Logger } from "../common/logger";
import { applySchema } from "../db/apply-schema";
import { createDriver, waitForDatabase } from "../db/driver";
import { GraphDatabase } from "../db/graph-database";
import { LocalNeo4j, startLocalNeo4j } from "../db/local-neo4j";
import { runningBoltUri } from "../db/local-neo4j-address";
import { KeysCommand, parseKeysArgs, USAGE, UsageError } from "./keys.args";

/**
 * `npm run keys -- create|list|revoke`: manages the API keys stored in Neo4j, whether or not the API
 * is running. With NEO4J_URI it uses that database; else the local store of `npm start`: through the
 * Neo4j that holds it when one is running (its address is in `<dataDir>/bolt.json`; the store is
 * locked by that process), or a Neo4j started for the command and stopped after it. Only a created
 * key's text goes to stdout (its last line); everything else goes to stderr.
 */
async function run(argv: string[]): Promise<number> {
  let command: KeysCommand;
  try {
    command = parseKeysArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const logger = new Logger(config.logLevel === "info" ? "warn" : config.logLevel);
  const { uri, local } = await connectTarget(config);
  const db = new GraphDatabase(createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password }), {
    database: config.neo4j.database,
    timeoutMs: config.queryTimeoutMs,
    logger,
  });
  try {
    await waitForDatabase(db.driver, 30_000, config.neo4j.database);
    await applySchema(db, logger);
    return await execute(command, new ApiKeyRepository(db));
  } finally {
    await db.close();
    await local?.stop();
  }
}

async function execute(command: Exclude<KeysCommand, { kind: "help" }>, keys: ApiKeyRepository): Promise<number> {
  switch (command.kind) {
    case "create": {
      const key = await generateKey();
      if (!(await keys.create({ name: command.name, role: command.role, keyId: key.keyId, hash: key.hash }))) {
        process.stderr.write(`A key named "${command.name}" exists already (revoked keys keep their names); choose another name.\n`);
        return 1;
      }
      process.stdout.write(
        `Created the ${command.role} key "${command.name}". It is shown only this once (only its hash is stored); send it as "Authorization: Bearer <key>":\n${key.text}\n`,
      );
      return 0;
    }
    case "list": {
      const listed = await keys.list();
      if (listed.length === 0) process.stdout.write("No API keys.\n");
      for (const key of listed) {
        const state = key.revokedAt ? `revoked ${key.revokedAt}` : "active";
        process.stdout.write(`${key.name}\t${key.role}\tcreated ${key.createdAt}\t${state}\n`);
      }
      return 0;
    }
    case "revoke": {
      const outcome = await keys.revoke(command.name);
      if (outcome === "unknown") {
        process.stderr.write(`No key is named "${command.name}" (npm run keys -- list shows them).\n`);
        return 1;
      }
      process.stdout.write(
        outcome === "revoked"
          ? `Revoked "${command.name}": refused from now on (by a running API within a few seconds).\n`
          : `"${command.name}" was already revoked.\n`,
      );
      return 0;
    }
  }
}

async function connectTarget(config: AppConfig): Promise<{ uri: string; local?: LocalNeo4j }> {
  const target = config.neo4j;
  if (target.kind === "external") return { uri: target.uri };
  const running = runningBoltUri(target.dataDir);
  if (running) return { uri: running };
  process.stderr.write(`[neo4j] starting the local Neo4j (data in ${target.dataDir}) for this command...\n`);
  // Port 0: a free port, so this short-lived Neo4j never collides with anything on the configured one.
  const local = await startLocalNeo4j({
    dataDir: target.dataDir,
    port: 0,
    user: target.user,
    password: target.password,
    heap: target.heap,
    pageCache: target.pageCache,
  });
  return { uri: local.uri, local };
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`keys: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
