import "reflect-metadata";
import { generateKey } from "../auth/api-key";
import { ApiKeyRepository } from "../auth/api-key.repository";
import { loadConfig } from "../config";
import { Logger } from "../common/logger";
import { openCommandDatabase } from "../db/command-database";
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
  const { db, close } = await openCommandDatabase(config, logger, (line) => process.stderr.write(`${line}\n`));
  try {
    return await execute(command, new ApiKeyRepository(db));
  } finally {
    await close();
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

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`keys: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
