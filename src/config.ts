import { config as loadDotenv } from "dotenv";
import * as path from "node:path";

/** Where the API gets its Neo4j from: a local one it starts itself, or an external one. */
export type Neo4jTarget =
  { kind: "local"; dataDir: string; port: number; heap: string; pageCache: string } | { kind: "external"; uri: string };

export interface AppConfig {
  /** HTTP port of the API. Default 4000. */
  port: number;
  /** Interface the HTTP server binds to. Default 0.0.0.0 (127.0.0.1 would hide it from Docker). */
  host: string;
  neo4j: Neo4jTarget & { user: string; password: string; database?: string };
  /** Load the seeds when the database is empty. Default true. */
  seedOnStart: boolean;
  /** Production mode hides internals (stack traces, suggestions). Default: NODE_ENV === "production". */
  production: boolean;
  /** Timeout of every Cypher transaction, in ms. Default 5000. */
  queryTimeoutMs: number;
  /** How long shutdown waits for in-flight requests, in ms. Default 10000. */
  shutdownGraceMs: number;
  /** Log level: "debug" | "info" | "warn" | "error". Default "info". */
  logLevel: LogLevel;
  /** Per-operation limits checked before execution (README.md, "Limits and errors"). */
  limits: OperationLimits;
  /** Cost budget per client and time window; null when RATE_LIMIT_POINTS=0. */
  rateLimit: RateLimitSettings | null;
  /** Accept a JSON array of operations in one POST. Default false. */
  allowBatchedRequests: boolean;
  /** Browser origins allowed by CORS besides Apollo Sandbox's; ["*"] allows any. Default none. */
  corsOrigins: string[];
  /** HTTP server timeouts, per-client concurrency, proxies and refusal logging. */
  http: HttpSettings;
  /** Refuse requests without an API key, reads included. Default false. */
  requireApiKey: boolean;
  /** Conditional GETs and cache headers. */
  caching: CacheSettings;
  /** The `changes` subscription over WebSocket. */
  subscriptions: SubscriptionSettings;
  /** How long a mutation's idempotency key replays its first result, in hours. Default 24. */
  idempotencyTtlHours: number;
}

/** Live updates (README.md, "Live updates"). */
export interface SubscriptionSettings {
  /** Open subscriptions per API key, or per client address for anonymous clients. Default 5. */
  maxPerKey: number;
  /** How often each API instance reads new changes from Neo4j while anyone subscribes, in ms. Default 250. */
  pollMs: number;
}

export const DEFAULT_SUBSCRIPTIONS: SubscriptionSettings = { maxPerKey: 5, pollMs: 250 };

/** How answers may be cached (README.md, "Keys, roles and caching"). */
export interface CacheSettings {
  /** `Cache-Control: public, max-age=N` on anonymous GET answers; 0 (default) = `no-store` for all. */
  maxAgeSeconds: number;
  /** How long the data version read from Neo4j is reused, in ms. Default 1000. */
  dataVersionTtlMs: number;
}

export const DEFAULT_CACHING: CacheSettings = { maxAgeSeconds: 0, dataVersionTtlMs: 1000 };

/** How the HTTP server shares itself between clients (README.md, "Limits and errors"). */
export interface HttpSettings {
  /** Time to receive a request's headers, in ms. Default 10000 (Node: 60000). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included, in ms. Default 30000 (Node: 300000). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, in ms. Default 5000. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic either way for this long is closed (a reader that stopped reading), in ms. Default 30000. */
  socketIdleTimeoutMs: number;
  /** Requests of one client run at once (replies not yet taken included); more wait their turn; 0 = no limit. Default 1. */
  maxConcurrentPerClient: number;
  /**
   * Express's "trust proxy": which peers' X-Forwarded-For is believed when naming the client.
   * False (default) = none; a number = that many hops; else addresses/subnets or loopback,
   * linklocal, uniquelocal.
   */
  trustProxy: boolean | number | string[];
  /** Refused requests are logged as one summary line per client per this many seconds. Default 10. */
  refusalLogIntervalSeconds: number;
}

export const DEFAULT_HTTP: HttpSettings = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  socketIdleTimeoutMs: 30_000,
  maxConcurrentPerClient: 1,
  trustProxy: false,
  refusalLogIntervalSeconds: 10,
};

/** Limits every operation must fit before it runs; each has its own error code. */
export interface OperationLimits {
  /** Deepest field nesting (fragments flattened, introspection exempt). Default 8. */
  maxDepth: number;
  /** Aliased fields per operation. Default 15. */
  maxAliases: number;
  /** Directives per operation. Default 50. */
  maxDirectives: number;
  /**
   * Lexical tokens per document. Default 2000: above the example document preloaded in Apollo Sandbox
   * (schema/examples.graphql, about 1300 tokens), which Sandbox sends whole with every run.
   */
  maxTokens: number;
  /** Size of the query text in bytes (UTF-8). Default 32768. */
  maxDocumentBytes: number;
  /** Estimated cost (connections multiply by their page size). Default 5000. */
  maxCost: number;
  /** Size of a response body in bytes; a larger result is replaced by RESPONSE_TOO_LARGE. Default 2097152. */
  maxResponseBytes: number;
}

export interface RateLimitSettings {
  /** Cost points a client may spend per window. Default 60000. */
  points: number;
  /** Window length in seconds. Default 60. */
  windowSeconds: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  // GraphQL Armor's default is 6, but each Relay connection spends two levels on edges/node: 8 lets
  // a connection nested in a connection reach an object's fields (an investor's portfolio with each
  // company's founders, bench/operations.ts Portfolio). MAX_COST bounds the work either way.
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 2000,
  maxDocumentBytes: 32768,
  maxCost: 10000,
  maxResponseBytes: 2 * 1024 * 1024,
};

export type LogLevel = "debug" | "info" | "warn" | "error";

/** Raised for an invalid environment; main.ts prints it as one paragraph, never a stack trace. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

/** Every variable the API reads, with its default: the README's configuration table mirrors this. */
export const CONFIG_VARIABLES = {
  PORT: "4000",
  HOST: "0.0.0.0",
  NEO4J_URI: "(unset: start a local Neo4j)",
  NEO4J_USER: "neo4j",
  NEO4J_PASSWORD: "local-dev-password (local Neo4j only; required with NEO4J_URI)",
  NEO4J_DATABASE: "(the server's default database)",
  NEO4J_DATA_DIR: ".data/neo4j",
  NEO4J_BOLT_PORT: "7687",
  NEO4J_HEAP: "512m",
  NEO4J_PAGE_CACHE: "64m",
  SEED_ON_START: "true",
  QUERY_TIMEOUT_MS: "5000",
  SHUTDOWN_GRACE_MS: "10000",
  LOG_LEVEL: "info",
  NODE_ENV: "development",
  MAX_DEPTH: String(DEFAULT_LIMITS.maxDepth),
  MAX_ALIASES: String(DEFAULT_LIMITS.maxAliases),
  MAX_DIRECTIVES: String(DEFAULT_LIMITS.maxDirectives),
  MAX_TOKENS: String(DEFAULT_LIMITS.maxTokens),
  MAX_DOCUMENT_BYTES: String(DEFAULT_LIMITS.maxDocumentBytes),
  MAX_COST: String(DEFAULT_LIMITS.maxCost),
  RATE_LIMIT_POINTS: "60000 (0 turns rate limiting off)",
  RATE_LIMIT_WINDOW_SECONDS: "60",
  ALLOW_BATCHED_REQUESTS: "false",
  CORS_ORIGINS: "(none besides Apollo Sandbox; comma-separated origins, or *)",
  MAX_RESPONSE_BYTES: String(DEFAULT_LIMITS.maxResponseBytes),
  HEADERS_TIMEOUT_MS: String(DEFAULT_HTTP.headersTimeoutMs),
  REQUEST_TIMEOUT_MS: String(DEFAULT_HTTP.requestTimeoutMs),
  KEEP_ALIVE_TIMEOUT_MS: String(DEFAULT_HTTP.keepAliveTimeoutMs),
  SOCKET_IDLE_TIMEOUT_MS: String(DEFAULT_HTTP.socketIdleTimeoutMs),
  MAX_CONCURRENT_PER_CLIENT: String(DEFAULT_HTTP.maxConcurrentPerClient),
  TRUST_PROXY: "false (a hop count, or comma-separated addresses/subnets, loopback, linklocal, uniquelocal)",
  REFUSAL_LOG_INTERVAL_SECONDS: String(DEFAULT_HTTP.refusalLogIntervalSeconds),
  REQUIRE_API_KEY: "false",
  CACHE_MAX_AGE_SECONDS: "0 (anonymous GET answers are not cached)",
  MAX_SUBSCRIPTIONS_PER_KEY: String(DEFAULT_SUBSCRIPTIONS.maxPerKey),
  CHANGE_POLL_MS: String(DEFAULT_SUBSCRIPTIONS.pollMs),
  IDEMPOTENCY_TTL_HOURS: "24",
} as const;

const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];
const MEMORY_SIZE = /^\d+[kmg]$/i;

/**
 * Reads and validates the environment once. Collects every problem before failing so a user fixes
 * them all in one go.
 */
export function loadConfig(env: Env = process.env, options: { readDotenv?: boolean } = {}): AppConfig {
  if (options.readDotenv ?? env === process.env) loadDotenv({ quiet: true });
  const problems: string[] = [];
  const get = (name: keyof typeof CONFIG_VARIABLES): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  };

  const int = (name: keyof typeof CONFIG_VARIABLES, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name}="${raw}" is not valid: expected a whole number from ${min} to ${max}.`);
      return fallback;
    }
    return value;
  };
  const bool = (name: keyof typeof CONFIG_VARIABLES, fallback: boolean): boolean => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    if (/^(true|1|yes)$/i.test(raw)) return true;
    if (/^(false|0|no)$/i.test(raw)) return false;
    problems.push(`${name}="${raw}" is not valid: expected true or false.`);
    return fallback;
  };
  const memory = (name: keyof typeof CONFIG_VARIABLES, fallback: string): string => {
    const raw = get(name) ?? fallback;
    if (!MEMORY_SIZE.test(raw)) problems.push(`${name}="${raw}" is not valid: expected a size such as 512m or 2g.`);
    return raw;
  };
  const oneOf = <T extends string>(name: keyof typeof CONFIG_VARIABLES, allowed: readonly T[], fallback: T): T => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    if (!allowed.includes(raw as T)) {
      problems.push(`${name}="${raw}" is not valid: expected one of ${allowed.join(", ")}.`);
      return fallback;
    }
    return raw as T;
  };

  const port = int("PORT", 4000, 1, 65535);
  const host = get("HOST") ?? "0.0.0.0";
  const user = get("NEO4J_USER") ?? "neo4j";
  const uri = get("NEO4J_URI");
  const database = get("NEO4J_DATABASE");
  let password = get("NEO4J_PASSWORD");
  let target: Neo4jTarget;
  if (uri !== undefined) {
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(uri)?.[1]?.toLowerCase();
    if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
      problems.push(`NEO4J_URI="${uri}" is not valid: expected <scheme>://host[:port] with scheme ${NEO4J_SCHEMES.join(", ")}.`);
    }
    if (password === undefined) problems.push("NEO4J_PASSWORD is required when NEO4J_URI is set.");
    target = { kind: "external", uri };
  } else {
    password ??= "local-dev-password";
    if (password.length < 8) problems.push("NEO4J_PASSWORD is too short for the local Neo4j: expected at least 8 characters.");
    target = {
      kind: "local",
      dataDir: path.resolve(get("NEO4J_DATA_DIR") ?? ".data/neo4j"),
      port: int("NEO4J_BOLT_PORT", 7687, 1, 65535),
      heap: memory("NEO4J_HEAP", "512m"),
      pageCache: memory("NEO4J_PAGE_CACHE", "64m"),
    };
  }
  const nodeEnv = oneOf("NODE_ENV", ["development", "production", "test"] as const, "development");
  const config: AppConfig = {
    port,
    host,
    neo4j: { ...target, user, password: password ?? "", database },
    seedOnStart: bool("SEED_ON_START", true),
    production: nodeEnv === "production",
    queryTimeoutMs: int("QUERY_TIMEOUT_MS", 5000, 100, 600000),
    shutdownGraceMs: int("SHUTDOWN_GRACE_MS", 10000, 0, 600000),
    logLevel: oneOf("LOG_LEVEL", ["debug", "info", "warn", "error"] as const, "info"),
    limits: {
      maxDepth: int("MAX_DEPTH", DEFAULT_LIMITS.maxDepth, 1, 100),
      maxAliases: int("MAX_ALIASES", DEFAULT_LIMITS.maxAliases, 0, 1000),
      maxDirectives: int("MAX_DIRECTIVES", DEFAULT_LIMITS.maxDirectives, 0, 1000),
      maxTokens: int("MAX_TOKENS", DEFAULT_LIMITS.maxTokens, 50, 100000),
      maxDocumentBytes: int("MAX_DOCUMENT_BYTES", DEFAULT_LIMITS.maxDocumentBytes, 1024, 1048576),
      maxCost: int("MAX_COST", DEFAULT_LIMITS.maxCost, 1, 10000000),
      maxResponseBytes: int("MAX_RESPONSE_BYTES", DEFAULT_LIMITS.maxResponseBytes, 1024, 1073741824),
    },
    rateLimit: rateLimit(int("RATE_LIMIT_POINTS", 60000, 0, 1000000000), int("RATE_LIMIT_WINDOW_SECONDS", 60, 1, 86400)),
    allowBatchedRequests: bool("ALLOW_BATCHED_REQUESTS", false),
    corsOrigins: origins(get("CORS_ORIGINS"), problems),
    http: {
      headersTimeoutMs: int("HEADERS_TIMEOUT_MS", DEFAULT_HTTP.headersTimeoutMs, 1000, 600000),
      requestTimeoutMs: int("REQUEST_TIMEOUT_MS", DEFAULT_HTTP.requestTimeoutMs, 1000, 3600000),
      keepAliveTimeoutMs: int("KEEP_ALIVE_TIMEOUT_MS", DEFAULT_HTTP.keepAliveTimeoutMs, 0, 600000),
      socketIdleTimeoutMs: socketIdleTimeout(
        int("SOCKET_IDLE_TIMEOUT_MS", DEFAULT_HTTP.socketIdleTimeoutMs, 1000, 3600000),
        get("SOCKET_IDLE_TIMEOUT_MS") !== undefined,
        int("QUERY_TIMEOUT_MS", 5000, 100, 600000),
      ),
      maxConcurrentPerClient: int("MAX_CONCURRENT_PER_CLIENT", DEFAULT_HTTP.maxConcurrentPerClient, 0, 100000),
      trustProxy: trustProxy(get("TRUST_PROXY"), problems),
      refusalLogIntervalSeconds: int("REFUSAL_LOG_INTERVAL_SECONDS", DEFAULT_HTTP.refusalLogIntervalSeconds, 1, 3600),
    },
    requireApiKey: bool("REQUIRE_API_KEY", false),
    caching: { ...DEFAULT_CACHING, maxAgeSeconds: int("CACHE_MAX_AGE_SECONDS", 0, 0, 31536000) },
    subscriptions: {
      maxPerKey: int("MAX_SUBSCRIPTIONS_PER_KEY", DEFAULT_SUBSCRIPTIONS.maxPerKey, 1, 10000),
      pollMs: int("CHANGE_POLL_MS", DEFAULT_SUBSCRIPTIONS.pollMs, 20, 60000),
    },
    idempotencyTtlHours: int("IDEMPOTENCY_TTL_HOURS", 24, 1, 87600),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * A request waiting on Neo4j sends nothing either way, so an idle limit shorter than the query
 * timeout would cut a request the API still means to answer (e.g. while a restarted Neo4j comes
 * back): unless set explicitly, the limit stays above the query timeout.
 */
function socketIdleTimeout(idleMs: number, explicit: boolean, queryTimeoutMs: number): number {
  return explicit ? idleMs : Math.max(idleMs, queryTimeoutMs + 5_000);
}

function rateLimit(points: number, windowSeconds: number): RateLimitSettings | null {
  return points === 0 ? null : { points, windowSeconds };
}

/** TRUST_PROXY: true/false, a hop count, or comma-separated addresses, subnets and Express's named ranges. */
function trustProxy(raw: string | undefined, problems: string[]): HttpSettings["trustProxy"] {
  if (raw === undefined || /^(false|no|0)$/i.test(raw)) return false;
  if (/^(true|yes)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const list = raw
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  for (const entry of list) {
    if (!/^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i.test(entry)) {
      problems.push(
        `TRUST_PROXY entry "${entry}" is not valid: expected an address or subnet (10.0.0.0/8), loopback, linklocal, uniquelocal, a hop count, true or false.`,
      );
    }
  }
  return list;
}

/** CORS_ORIGINS: comma-separated origins (scheme://host[:port]) or "*". */
function origins(raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined) return [];
  const list = raw
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  for (const origin of list) {
    if (origin !== "*" && !/^https?:\/\/[^/\s]+$/i.test(origin)) {
      problems.push(`CORS_ORIGINS entry "${origin}" is not valid: expected an origin such as https://app.example.com (no path), or *.`);
    }
  }
  return list;
}
