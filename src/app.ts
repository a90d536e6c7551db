import { AddressInfo } from "node:net";
import {
  CacheSettings,
  DEFAULT_CACHING,
  DEFAULT_HTTP,
  DEFAULT_LIMITS,
  DEFAULT_SUBSCRIPTIONS,
  HttpSettings,
  OperationLimits,
  RateLimitSettings,
  SubscriptionSettings,
} from "./config";
import { Logger } from "./common/logger";
import { GraphDatabase } from "./db/graph-database";
import { buildAppSchema } from "./schema";
import { createHttpApp } from "./server";

export interface RunningApi {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  /** Stops accepting connections, drains in-flight requests (bounded), then resolves. */
  stop(): Promise<void>;
  /** Lets /ready report the schema as applied or not. */
  setSchemaApplied(applied: boolean): void;
}

export interface ApiOptions {
  db: GraphDatabase;
  logger: Logger;
  port: number;
  host: string;
  production: boolean;
  shutdownGraceMs: number;
  schemaApplied?: boolean;
  /** Operation limits; any left out take the defaults (DEFAULT_LIMITS). */
  limits?: Partial<OperationLimits>;
  /**
   * Cost budget per client and window. Default: off, so embedding code and tests opt in;
   * `npm start` passes the configured budget (RATE_LIMIT_POINTS, on by default).
   */
  rateLimit?: RateLimitSettings | null;
  /** Default false. */
  allowBatchedRequests?: boolean;
  /** Allowed browser origins besides Apollo Sandbox's. Default none. */
  corsOrigins?: string[];
  /**
   * HTTP timeouts, per-client concurrency, trusted proxies; any left out take DEFAULT_HTTP, except
   * the per-client concurrency limit: off by default, like the rate limit, so embedding code,
   * benchmarks and tests opt in; `npm start` passes the configured one (MAX_CONCURRENT_PER_CLIENT).
   */
  http?: Partial<HttpSettings>;
  /** Refuse requests without an API key. Default false. */
  requireApiKey?: boolean;
  /** Cache headers and the data version's refresh; any left out take DEFAULT_CACHING. */
  caching?: Partial<CacheSettings>;
  /** The `changes` subscription's limit per key and poll interval; any left out take DEFAULT_SUBSCRIPTIONS. */
  subscriptions?: Partial<SubscriptionSettings>;
  /** How long an idempotency key replays its first result, in hours. Default 24. */
  idempotencyTtlHours?: number;
}

/** Builds the schema and serves the API on `host:port` (port 0 picks a free one). */
export async function startApi(options: ApiOptions): Promise<RunningApi> {
  let schemaApplied = options.schemaApplied ?? true;
  const schema = await buildAppSchema();
  const { httpServer, apollo } = await createHttpApp({
    schema,
    db: options.db,
    logger: options.logger,
    production: options.production,
    isSchemaApplied: () => schemaApplied,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    rateLimit: options.rateLimit ?? null,
    allowBatchedRequests: options.allowBatchedRequests ?? false,
    corsOrigins: options.corsOrigins ?? [],
    shutdownGraceMs: options.shutdownGraceMs,
    http: { ...DEFAULT_HTTP, maxConcurrentPerClient: 0, ...options.http },
    requireApiKey: options.requireApiKey ?? false,
    caching: { ...DEFAULT_CACHING, ...options.caching },
    subscriptions: { ...DEFAULT_SUBSCRIPTIONS, ...options.subscriptions },
    idempotencyTtlMs: (options.idempotencyTtlHours ?? 24) * 3_600_000,
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    setSchemaApplied: (applied) => (schemaApplied = applied),
    stop: () =>
      (stopping ??= (async () => {
        // Apollo's drain plugins close the server and the WebSockets and wait for in-flight requests; bound the wait.
        const forced = setTimeout(() => httpServer.closeAllConnections(), options.shutdownGraceMs);
        forced.unref();
        await apollo.stop();
        clearTimeout(forced);
      })()),
  };
}
