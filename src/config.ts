import { config as loadDotenv } from "dotenv";
import * as path from "node:path";

/** Where the API gets its Neo4j from: a local one it starts itself, or an external one. */
export type Neo4jTarget =
  | { kind: "local"; dataDir: string; port: number; heap: string; pageCache: string }
  | { kind: "external"; uri: string };

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
}

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
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
