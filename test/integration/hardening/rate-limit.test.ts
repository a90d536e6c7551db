import { TestApi } from "../../helpers/api";
import { codeOf, postGraphQL, startHardenedApi } from "./harness";

// entity(slug) { name } costs 2 points; the budget allows five of them per window.
const query = `{ entity(slug: "moonshot-ai") { name } }`;

/**
 * Every test request comes from 127.0.0.1; with TRUST_PROXY=loopback the API believes
 * X-Forwarded-For from it, so each letter is a client at its own (documentation) address.
 */
const client = (letter: string) => ({ "x-forwarded-for": `203.0.113.${letter.charCodeAt(0)}` });

describe("rate limiting on cost per client", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startHardenedApi({ rateLimit: { points: 10, windowSeconds: 60 }, http: { trustProxy: ["loopback"] } });
  });
  afterAll(async () => {
    await t.close();
  });

  it("charges each operation's cost to the client's address and answers 429 with Retry-After once the budget is spent", async () => {
    const key = client("a");
    const first = await t.query(query, {}, key);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-ratelimit-limit")).toBe("10");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("8");
    const reset = Number(first.headers.get("x-ratelimit-reset"));
    expect(reset).toBeGreaterThan(Date.now() / 1000);
    expect(reset).toBeLessThanOrEqual(Date.now() / 1000 + 61);

    for (const remaining of [6, 4, 2, 0]) {
      const res = await t.query(query, {}, key);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-ratelimit-remaining")).toBe(String(remaining));
    }
    const refused = await t.query(query, {}, key);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe("RATE_LIMITED");
    expect(refused.data).toBeUndefined();
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(refused.errors![0].message).toMatch(/costs 2 points.*budget of 10 points per 60 s/);
    expect(refused.extensions?.cypherQueries).toBe(0);
  });

  it("keeps separate budgets for other client addresses", async () => {
    const other = await t.query(query, {}, client("b"));
    expect(other.status).toBe(200);
    expect(other.headers.get("x-ratelimit-remaining")).toBe("8");
    const direct = await t.query(query);
    expect(direct.status).toBe(200);
    expect(direct.headers.get("x-ratelimit-remaining")).toBe("8");
  });

  it("does not start a fresh budget for a new X-API-Key (the header is not verified)", async () => {
    const g = client("g");
    for (let i = 0; i < 5; i += 1) expect((await t.query(query, {}, { ...g, "x-api-key": `key-${i}` })).status).toBe(200);
    const refused = await t.query(query, {}, { ...g, "x-api-key": "yet-another-key" });
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe("RATE_LIMITED");
  });

  it("charges 1 point for each request refused before its cost is known (bad JSON, syntax, validation, a limit)", async () => {
    const key = client("d");
    const url = `${t.baseUrl}/graphql`;
    const refusedEarly = [
      await postGraphQL(url, "{ not json", key),
      await t.query(`{ entity(slug: "moonshot-ai") { name `, {}, key),
      await t.query(`{ entity(slug: "moonshot-ai") { noSuchField } }`, {}, key),
      await t.query(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: entity(slug: "moonshot-ai") { name }`).join(" ")} }`, {}, key),
    ];
    expect(refusedEarly.map((res) => res.status)).toEqual([400, 400, 400, 400]);
    expect(refusedEarly.map(codeOf)).toEqual(["BAD_REQUEST", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "TOO_MANY_ALIASES"]);
    const next = await t.query(query, {}, key);
    expect(next.status).toBe(200);
    expect(next.headers.get("x-ratelimit-remaining")).toBe(String(10 - 4 - 2));
  });

  it("refuses a client over its budget at the door, before its body is read, until the window resets", async () => {
    const key = client("e");
    expect((await t.query(`{ events(first: 5) { totalCount } }`, {}, key)).status).toBe(200); // 6 points
    const over = await t.query(`{ events(first: 5) { totalCount } }`, {}, key); // 6 more: over the budget
    expect(over.status).toBe(429);
    // Malformed JSON would be a 400 if it were parsed; over budget, it is not even read.
    const door = await postGraphQL(`${t.baseUrl}/graphql`, "{ not json", key);
    expect(door.status).toBe(429);
    expect(codeOf(door)).toBe("RATE_LIMITED");
    expect(door.errors![0].message).toMatch(/budget of 10 points per 60 s is spent; retry after \d+ s/);
    expect(Number(door.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(door.headers.get("x-ratelimit-remaining")).toBe("0");
    // Other clients are not affected.
    expect((await t.query(query, {}, client("f"))).status).toBe(200);
  });

  it("refuses an operation that costs more than what is left", async () => {
    const res = await t.query(`{ events(first: 5) { totalCount } }`, {}, client("c"));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-ratelimit-remaining")).toBe("4");
    const expensive = await t.query(`{ events(first: 5) { totalCount } }`, {}, client("c"));
    expect(expensive.status).toBe(429);
  });
});

describe("rate limiting without a trusted proxy", () => {
  it("ignores X-Forwarded-For: the budget is the peer address's", async () => {
    const t = await startHardenedApi({ rateLimit: { points: 4, windowSeconds: 60 } });
    try {
      expect((await t.query(query, {}, { "x-forwarded-for": "198.51.100.1" })).status).toBe(200);
      expect((await t.query(query, {}, { "x-forwarded-for": "198.51.100.2" })).status).toBe(200);
      expect((await t.query(query, {}, { "x-forwarded-for": "198.51.100.3" })).status).toBe(429);
    } finally {
      await t.close();
    }
  });
});

describe("rate limiting window", () => {
  it("gives the budget back after the window", async () => {
    const t = await startHardenedApi({ rateLimit: { points: 2, windowSeconds: 1 } });
    try {
      expect((await t.query(query)).status).toBe(200);
      expect((await t.query(query)).status).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await t.query(query)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
