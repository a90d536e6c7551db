import { ApiOptions } from "../../../src/app";
import { Logger } from "../../../src/common/logger";
import { GraphDatabase } from "../../../src/db/graph-database";
import { GraphQLResponse, TestApi } from "../../helpers/api";
import { codeOf, entityLookupDatabase, startHardenedApi } from "./harness";

/** A database whose entity lookups fail the way a bug would: a plain Error with internal detail. */
function brokenDatabase(): GraphDatabase {
  return entityLookupDatabase(10_000, async () => {
    throw new Error("secret internal detail: /var/lib/neo4j exploded");
  });
}

function capturingLogger(): { logger: Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  return { lines, logger: new Logger("info", (line) => lines.push(JSON.parse(line))) };
}

async function withApi(options: Partial<ApiOptions> & { db?: GraphDatabase }, fn: (t: TestApi) => Promise<void>) {
  const t = await startHardenedApi(options);
  try {
    await fn(t);
  } finally {
    await t.close();
  }
}

describe("errors", () => {
  it("masks internal errors behind a correlation id and logs the detail under the same id", async () => {
    const { logger, lines } = capturingLogger();
    await withApi({ db: brokenDatabase(), logger, production: true }, async (t) => {
      const res = await t.query(`{ entity(slug: "moonshot-ai") { name } }`);
      expect(codeOf(res)).toBe("INTERNAL_SERVER_ERROR");
      const correlationId = res.errors![0].extensions!.correlationId;
      expect(res.errors![0].message).toBe(`Internal server error (correlation id ${correlationId}).`);
      expect(JSON.stringify(res)).not.toMatch(/secret|neo4j exploded|stacktrace/);
      const logged = lines.find((l) => l.correlationId === correlationId);
      expect(logged?.message).toBe("internal error");
      expect(logged?.level).toBe("error");
      expect(JSON.stringify(logged)).toContain("secret internal detail");
    });
  });

  it("hides schema suggestions and stack traces in production mode, shows suggestions in development", async () => {
    const typo = `{ entiti(slug: "moonshot-ai") { name } }`;
    await withApi({ production: true }, async (t) => {
      const res = await t.query(typo);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(res.errors![0].message).toBe('Cannot query field "entiti" on type "Query".');
      const deep = await t.query(
        `{ events(first: 1) { edges { node { participants { entity { ... on Organization { investors(first: 1) { edges { node { name } } } } } } } } } }`,
      );
      expect(codeOf(deep)).toBe("QUERY_TOO_DEEP");
      for (const r of [res, deep]) expect(JSON.stringify(r)).not.toMatch(/stacktrace|Did you mean|\.ts:\d+/);
    });
    await withApi({ production: false }, async (t) => {
      expect((await t.query(typo)).errors![0].message).toMatch(/Did you mean "entity"/);
    });
  });

  it("names the bad argument or variable in validation errors", async () => {
    await withApi({}, async (t) => {
      const page = await t.query(`{ events(first: 1000) { totalCount } }`);
      expect(codeOf(page)).toBe("BAD_USER_INPUT");
      expect(page.errors![0].message).toMatch(/"first"/);
      const variable = await t.query(`query($n: Int) { events(first: $n) { totalCount } }`, { n: "ten" });
      expect(codeOf(variable)).toBe("BAD_USER_INPUT");
      expect(variable.errors![0].message).toMatch(/\$n/);
      const literal = await t.query(`{ events(first: "ten") { totalCount } }`);
      expect(codeOf(literal)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(literal.errors![0].message).toMatch(/Int/);
    });
  });

  it("writes one JSON log line per request with operation name, status, duration, cost, Cypher count and error codes", async () => {
    const { logger, lines } = capturingLogger();
    await withApi({ logger }, async (t) => {
      const ok = await t.query(`query Probe { entity(slug: "moonshot-ai") { name } }`, {}, { "x-request-id": "probe-1" });
      expect(ok.headers.get("x-request-id")).toBe("probe-1");
      await t.query(
        `query TooDeep { events(first: 1) { edges { node { participants { entity { ... on Organization { investors(first: 1) { edges { node { name } } } } } } } } } }`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const requests = lines.filter((l) => l.message === "request");
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      level: "info",
      requestId: "probe-1",
      operationName: "Probe",
      status: 200,
      cost: 2,
      cypherQueries: 1,
      errorCodes: [],
    });
    expect(typeof requests[0].ms).toBe("number");
    expect(requests[1]).toMatchObject({ operationName: null, status: 400, cost: null, cypherQueries: 0, errorCodes: ["QUERY_TOO_DEEP"] });
  });

  it("logs the error code of a request Apollo refuses before its pipeline starts (variables that are not JSON)", async () => {
    const { logger, lines } = capturingLogger();
    await withApi({ logger }, async (t) => {
      const response = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent("{ __typename }")}&variables=not-json`, {
        headers: { "apollo-require-preflight": "true" },
      });
      expect(response.status).toBe(400);
      const refused = (await response.json()) as GraphQLResponse;
      expect(refused.errors?.[0].extensions?.code).toBe("BAD_REQUEST");
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const requests = lines.filter((l) => l.message === "request");
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ status: 400, cost: null, cypherQueries: 0, errorCodes: ["BAD_REQUEST"] });
  });
});

describe("refusal logging", () => {
  it("logs a client's first refusal per interval in full and the rest as one summary line with counts", async () => {
    const { logger, lines } = capturingLogger();
    await withApi({ logger, http: { refusalLogIntervalSeconds: 3600 } }, async (t) => {
      for (let i = 0; i < 40; i += 1) await t.query(`{ entity(slug: ) { name } }`);
      for (let i = 0; i < 10; i += 1) await t.query(`{ events(first: 0) { totalCount } }`);
      await t.query(`{ __typename }`);
      expect(lines.filter((l) => l.message === "request")).toHaveLength(2); // the first refusal and the success
    });
    const summaries = lines.filter((l) => l.message === "refusals");
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({
      level: "warn",
      client: "ip:127.0.0.1",
      refused: 49,
      byCode: { GRAPHQL_PARSE_FAILED: 39, BAD_USER_INPUT: 10 },
      intervalSeconds: 3600,
    });
    expect(lines.length).toBeLessThanOrEqual(3);
  });
});

describe("CORS", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startHardenedApi({ corsOrigins: ["https://app.example.com"] });
  });
  afterAll(async () => {
    await t.close();
  });

  async function preflight(origin: string): Promise<Response> {
    return fetch(t.api.url, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,x-api-key" },
    });
  }

  it("allows Apollo Sandbox and configured origins, without credentials", async () => {
    for (const origin of ["https://studio.apollographql.com", "https://sandbox.embed.apollographql.com", "https://app.example.com"]) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe(origin);
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
      expect(res.headers.get("access-control-allow-headers")).toMatch(/x-api-key/);
    }
    const post = await t.query("{ __typename }", {}, { origin: "https://studio.apollographql.com" });
    expect(post.headers.get("access-control-allow-origin")).toBe("https://studio.apollographql.com");
    expect(post.headers.get("access-control-expose-headers")).toMatch(/X-RateLimit-Remaining/);
  });

  it("does not allow other origins: their preflight gets a JSON refusal saying so, not the CSRF message", async () => {
    const res = await preflight("https://evil.example.net");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("ORIGIN_NOT_ALLOWED");
    expect(body.errors[0].message).toMatch(/origin "https:\/\/evil.example.net" are not allowed/);
    expect(body.errors[0].message).not.toMatch(/CSRF/i);
    const post = await t.query("{ __typename }", {}, { origin: "https://evil.example.net" });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });
});
