import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { ApiError } from "../common/errors";
import { Logger } from "../common/logger";
import { CommandDatabase, openCommandDatabase } from "../db/command-database";
import { GraphDatabase } from "../db/graph-database";
import { MaintainedEntity, mergeEntities, renameEntity } from "../graph/entity/entity-maintenance";

const USAGE = `Usage:
  npm run maintain -- rename-entity --from OLD-SLUG --to NEW-SLUG
  npm run maintain -- merge-entities --survivor SLUG --merged SLUG`;

/** One maintenance command: its options, and the operation they call. */
const COMMANDS: Record<string, { options: string[]; run: (db: GraphDatabase, o: Record<string, string>) => Promise<MaintainedEntity> }> = {
  "rename-entity": { options: ["from", "to"], run: (db, o) => renameEntity(db, o.from, o.to) },
  "merge-entities": { options: ["survivor", "merged"], run: (db, o) => mergeEntities(db, o.survivor, o.merged) },
};

/** The command and its options from argv, or a usage error. */
export function parseCommand(argv: string[]): { name: string; options: Record<string, string> } {
  const [name, ...rest] = argv;
  const command = COMMANDS[name];
  if (!command) throw new UsageError(name ? `unknown command "${name}"` : "no command given");
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: rest,
      options: Object.fromEntries(command.options.map((o) => [o, { type: "string" as const }])),
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const missing = command.options.filter((o) => !values[o]);
  if (missing.length > 0) throw new UsageError(`${name} needs ${missing.map((o) => `--${o}`).join(" and ")}`);
  return { name, options: values as Record<string, string> };
}

export class UsageError extends Error {}

/**
 * `npm run maintain -- <command>`: renames or merges entities in the configured Neo4j
 * (openCommandDatabase: the running local one, or one started for the command, when NEO4J_URI is
 * unset), each in one transaction. Errors print as one line, no stack.
 */
async function main(): Promise<number> {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const logger = new Logger(config.logLevel);
  let opened: CommandDatabase | undefined;
  try {
    opened = await openCommandDatabase(config, logger, (line) => console.log(line));
    const { db } = opened;
    const entity = await COMMANDS[command.name].run(db, command.options);
    console.log(`[maintain] ${command.name} done: the entity is now "${entity.slug}" (id ${entity.id})`);
    return 0;
  } catch (error) {
    const code = error instanceof ApiError ? ` [${String(error.extensions.code)}]` : "";
    console.error(`[maintain] ${command.name} failed${code}: ${(error as Error).message}; nothing was changed.`);
    return 1;
  } finally {
    await opened?.close();
  }
}

if (require.main === module) void main().then((code) => process.exit(code));
