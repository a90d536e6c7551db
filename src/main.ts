import "reflect-metadata";
import * as fs from "node:fs";
import * as path from "node:path";
import { startApi } from "./app";
import { AppConfig, ConfigError, loadConfig } from "./config";
import { Logger } from "./common/logger";
import { applySchema } from "./db/apply-schema";
import { createDriver, waitForDatabase } from "./db/driver";
import { GraphDatabase } from "./db/graph-database";
import { LocalNeo4jError, LocalNeo4jOptions, startLocalNeo4j } from "./db/local-neo4j";
import { superviseLocalNeo4j, SupervisedNeo4j } from "./db/neo4j-supervisor";
import { loadSeedRoot, SeedValidationError } from "./seed/seed.loader";
import { SEEDS_DIR } from "./seed/seeds-dir";

/**
 * Start-up: configuration, the local Neo4j (unless NEO4J_URI points elsewhere), driver, schema,
 * seeds on an empty database, then the HTTP server. Shutdown runs the same steps backwards.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger(config.logLevel);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const cleanups: Array<() => Promise<void>> = [];
  let shuttingDown = false;

  const shutdown = async (signal: string, code = 0) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`[api] ${signal}: shutting down`);
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => logger.error("shutdown step failed", { detail: String(error) }));
    }
    say("[api] stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    const { uri, local } = await connectTarget(config, say, logger, (reason) => {
      logger.error("giving up on the local Neo4j", { detail: reason });
      void shutdown("local Neo4j lost", 1);
    });
    if (local) cleanups.push(() => local.stop());
    const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
    const db = new GraphDatabase(driver, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs, logger });
    cleanups.push(() => db.close());
    await waitForDatabase(driver, 30_000, config.neo4j.database).catch((error) => {
      throw new StartupError(
        `Cannot reach Neo4j at ${uri}: ${(error as Error).message}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, and that the database is running.`,
      );
    });
    await applySchema(db, logger);
    if (config.seedOnStart) await seedIfEmpty(db, say);
    const api = await startApi({
      db,
      logger,
      port: config.port,
      host: config.host,
      production: config.production,
      shutdownGraceMs: config.shutdownGraceMs,
      limits: config.limits,
      rateLimit: config.rateLimit,
      allowBatchedRequests: config.allowBatchedRequests,
      corsOrigins: config.corsOrigins,
      http: config.http,
      requireApiKey: config.requireApiKey,
      caching: config.caching,
      subscriptions: config.subscriptions,
      idempotencyTtlHours: config.idempotencyTtlHours,
    });
    cleanups.push(() => api.stop());
    say(`[api] GraphQL ready at ${api.url} (Apollo Sandbox in a browser; graph explorer at ${api.url.replace(/\/graphql$/, "/explore")})`);
  } catch (error) {
    process.stderr.write(`\n${describeStartupFailure(error, config)}\n\n`);
    await shutdown("startup failure", 1);
  }
}

async function connectTarget(
  config: AppConfig,
  say: (line: string) => void,
  logger: Logger,
  onGiveUp: (reason: string) => void,
): Promise<{ uri: string; local?: SupervisedNeo4j }> {
  const target = config.neo4j;
  if (target.kind === "external") return { uri: target.uri };
  fs.mkdirSync(target.dataDir, { recursive: true });
  say(`[neo4j] starting local Neo4j (data in ${path.relative(process.cwd(), target.dataDir) || "."}, Bolt port ${target.port})...`);
  const started = Date.now();
  const options: LocalNeo4jOptions = {
    dataDir: target.dataDir,
    port: target.port,
    user: target.user,
    password: target.password,
    heap: target.heap,
    pageCache: target.pageCache,
  };
  const first = await startLocalNeo4j(options);
  say(`[neo4j] ready at ${first.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const local = superviseLocalNeo4j(first, { restart: (port) => startLocalNeo4j({ ...options, port }), logger, onGiveUp });
  return { uri: first.uri, local };
}

async function seedIfEmpty(db: GraphDatabase, say: (line: string) => void): Promise<void> {
  const [{ nodes }] = await db.read<{ nodes: number }>("count-graph-data");
  if (nodes > 0) {
    say(`[seed] database holds ${nodes} nodes; seeds not reloaded (npm run seed reloads them)`);
    return;
  }
  const report = await loadSeedRoot(db, SEEDS_DIR, say);
  say(`[seed] loaded ${report.sources.join(", ")}: ${report.nodes} nodes, ${report.relationships} relationships in ${report.ms} ms`);
}

class StartupError extends Error {}

/** One paragraph naming the problem; stack traces only when LOG_LEVEL=debug. */
function describeStartupFailure(error: unknown, config: AppConfig | undefined): string {
  if (
    error instanceof ConfigError ||
    error instanceof StartupError ||
    error instanceof SeedValidationError ||
    error instanceof LocalNeo4jError
  ) {
    return `Cannot start: ${error.message}`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Cannot start: ${detail}${config?.logLevel === "debug" && error instanceof Error ? `\n${error.stack}` : ""}`;
}

// Configuration errors must be reported before anything else starts.
try {
  loadConfig();
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n\n`);
  process.exit(2);
}
void main();
