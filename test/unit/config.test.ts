import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigError, DEFAULT_HTTP, DEFAULT_LIMITS, loadConfig } from "../../src/config";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, { readDotenv: false });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("uses the documented defaults when nothing is set", () => {
    const config = loadConfig({}, { readDotenv: false });
    expect(config.port).toBe(4000);
    expect(config.host).toBe("0.0.0.0");
    expect(config.neo4j).toMatchObject({ kind: "local", port: 7687, user: "neo4j", heap: "512m", pageCache: "64m" });
    expect(config.queryTimeoutMs).toBe(5000);
    expect(config.shutdownGraceMs).toBe(10000);
    expect(config.production).toBe(false);
    expect(config.limits).toEqual({
      maxDepth: 8,
      maxAliases: 15,
      maxDirectives: 50,
      maxTokens: 2000,
      maxDocumentBytes: 32768,
      maxCost: 10000,
      maxResponseBytes: 2097152,
    });
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(config.rateLimit).toEqual({ points: 60000, windowSeconds: 60 });
    expect(config.allowBatchedRequests).toBe(false);
    expect(config.corsOrigins).toEqual([]);
  });

  it("reads every limit, the rate limit, batching and CORS origins from the environment", () => {
    const config = loadConfig(
      {
        MAX_DEPTH: "9",
        MAX_ALIASES: "3",
        MAX_DIRECTIVES: "4",
        MAX_TOKENS: "500",
        MAX_DOCUMENT_BYTES: "2048",
        MAX_COST: "100",
        MAX_RESPONSE_BYTES: "4096",
        RATE_LIMIT_POINTS: "10",
        RATE_LIMIT_WINDOW_SECONDS: "5",
        ALLOW_BATCHED_REQUESTS: "true",
        CORS_ORIGINS: "https://a.example.com, http://localhost:3000",
        NODE_ENV: "production",
      },
      { readDotenv: false },
    );
    expect(config.limits).toEqual({
      maxDepth: 9,
      maxAliases: 3,
      maxDirectives: 4,
      maxTokens: 500,
      maxDocumentBytes: 2048,
      maxCost: 100,
      maxResponseBytes: 4096,
    });
    expect(config.rateLimit).toEqual({ points: 10, windowSeconds: 5 });
    expect(config.allowBatchedRequests).toBe(true);
    expect(config.corsOrigins).toEqual(["https://a.example.com", "http://localhost:3000"]);
    expect(config.production).toBe(true);
    expect(loadConfig({ RATE_LIMIT_POINTS: "0" }, { readDotenv: false }).rateLimit).toBeNull();
  });

  it("reads the HTTP server's timeouts, per-client concurrency, trusted proxies and refusal log interval", () => {
    expect(loadConfig({}, { readDotenv: false }).http).toEqual(DEFAULT_HTTP);
    const config = loadConfig(
      {
        HEADERS_TIMEOUT_MS: "2000",
        REQUEST_TIMEOUT_MS: "3000",
        KEEP_ALIVE_TIMEOUT_MS: "1000",
        SOCKET_IDLE_TIMEOUT_MS: "4000",
        MAX_CONCURRENT_PER_CLIENT: "2",
        TRUST_PROXY: "loopback, 10.0.0.0/8",
        REFUSAL_LOG_INTERVAL_SECONDS: "5",
      },
      { readDotenv: false },
    );
    expect(config.http).toEqual({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 3000,
      keepAliveTimeoutMs: 1000,
      socketIdleTimeoutMs: 4000,
      maxConcurrentPerClient: 2,
      trustProxy: ["loopback", "10.0.0.0/8"],
      refusalLogIntervalSeconds: 5,
    });
    expect(loadConfig({ TRUST_PROXY: "1" }, { readDotenv: false }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "true" }, { readDotenv: false }).http.trustProxy).toBe(true);
    expect(problemsOf({ TRUST_PROXY: "evil.example.com" })).toEqual([
      expect.stringMatching(/^TRUST_PROXY entry "evil.example.com" is not valid/),
    ]);
  });

  it("keeps reads open and answers uncacheable unless REQUIRE_API_KEY and CACHE_MAX_AGE_SECONDS say otherwise", () => {
    const defaults = loadConfig({}, { readDotenv: false });
    expect(defaults.requireApiKey).toBe(false);
    expect(defaults.caching).toEqual({ maxAgeSeconds: 0, dataVersionTtlMs: 1000 });
    const set = loadConfig({ REQUIRE_API_KEY: "true", CACHE_MAX_AGE_SECONDS: "60" }, { readDotenv: false });
    expect(set.requireApiKey).toBe(true);
    expect(set.caching.maxAgeSeconds).toBe(60);
    expect(problemsOf({ REQUIRE_API_KEY: "maybe", CACHE_MAX_AGE_SECONDS: "-1" })).toEqual([
      'REQUIRE_API_KEY="maybe" is not valid: expected true or false.',
      'CACHE_MAX_AGE_SECONDS="-1" is not valid: expected a whole number from 0 to 31536000.',
    ]);
  });

  it("names the variable and what is allowed when PORT=abc", () => {
    expect(problemsOf({ PORT: "abc" })).toEqual(['PORT="abc" is not valid: expected a whole number from 1 to 65535.']);
  });

  it("reports every invalid variable at once", () => {
    const problems = problemsOf({
      MAX_DEPTH: "0",
      MAX_COST: "-5",
      MAX_TOKENS: "lots",
      RATE_LIMIT_WINDOW_SECONDS: "1.5",
      ALLOW_BATCHED_REQUESTS: "maybe",
      CORS_ORIGINS: "https://ok.example.com,not a url,https://x.example.com/path",
      QUERY_TIMEOUT_MS: "5",
      NEO4J_URI: "http://db:7474",
    });
    const named = problems.map((p) => /^[A-Z0-9_]+/.exec(p)?.[0]);
    expect(new Set(named)).toEqual(
      new Set([
        "MAX_DEPTH",
        "MAX_TOKENS",
        "MAX_COST",
        "RATE_LIMIT_WINDOW_SECONDS",
        "ALLOW_BATCHED_REQUESTS",
        "CORS_ORIGINS",
        "NEO4J_URI",
        "NEO4J_PASSWORD",
        "QUERY_TIMEOUT_MS",
      ]),
    );
    expect(problems.find((p) => p.startsWith("CORS_ORIGINS"))).toContain('"not a url"');
  });

  it("reads a .env file in the working directory, with real environment variables winning", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aig-config-"));
    const cwd = process.cwd();
    const saved = { PORT: process.env.PORT, MAX_COST: process.env.MAX_COST };
    fs.writeFileSync(path.join(dir, ".env"), "PORT=4321\nMAX_COST=777\n");
    try {
      process.chdir(dir);
      delete process.env.PORT;
      process.env.MAX_COST = "888";
      const config = loadConfig();
      expect(config.port).toBe(4321);
      expect(config.limits.maxCost).toBe(888);
    } finally {
      process.chdir(cwd);
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
