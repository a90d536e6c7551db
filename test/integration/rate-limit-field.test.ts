import { TestApi } from "../helpers/api";
import { codeOf, startHardenedApi } from "./hardening/harness";

const RATE_LIMIT = "rateLimit { cost limit remaining used resetAt }";
const withEntity = `{ ${RATE_LIMIT} entity(slug: "moonshot-ai") { name } }`;
const dryRun = `query Plan($dry: Boolean = true) { rateLimit(dryRun: $dry) { cost limit remaining used resetAt } organizations(first: 20) { edges { node { name slug } } } }`;

/** Each letter is a client at its own (documentation) address, believed through TRUST_PROXY=loopback. */
const client = (letter: string) => ({ "x-forwarded-for": `203.0.113.${letter.charCodeAt(0)}` });

interface RateLimitData {
  rateLimit: { cost: number; limit: number | null; remaining: number | null; used: number | null; resetAt: string | null };
}

describe("the rateLimit root field", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startHardenedApi({
      rateLimit: { points: 1000, windowSeconds: 60 },
      limits: { maxCost: 100 },
      http: { trustProxy: ["loopback"] },
    });
  });
  afterAll(() => t.close());

  it("reports the cost charged and the budget left: remaining falls by exactly the reported cost", async () => {
    const key = client("a");
    const first = await t.query<RateLimitData>(withEntity, {}, key);
    expect(first.errors).toBeUndefined();
    const one = first.data!.rateLimit;
    expect(one.cost).toBe(first.extensions!.cost.requested);
    expect(one).toMatchObject({ limit: 1000, remaining: 1000 - one.cost, used: one.cost });
    expect(first.headers.get("x-ratelimit-remaining")).toBe(String(one.remaining));
    const reset = Date.parse(one.resetAt!);
    expect(reset).toBeGreaterThan(Date.now());
    expect(reset).toBeLessThanOrEqual(Date.now() + 61_000);

    const second = await t.query<RateLimitData>(`{ ${RATE_LIMIT} organizations(first: 5) { edges { node { name } } } }`, {}, key);
    const two = second.data!.rateLimit;
    expect(two.cost).toBe(second.extensions!.cost.requested);
    expect(two.cost).not.toBe(one.cost);
    expect(two.remaining).toBe(one.remaining! - two.cost);
    expect(two.used).toBe(one.used! + two.cost);
  });

  it("with dryRun reports the cost without running the rest of the operation or charging for it", async () => {
    const key = client("b");
    const before = (await t.query<RateLimitData>(`{ ${RATE_LIMIT} }`, {}, key)).data!.rateLimit;
    const planned = await t.query<RateLimitData>(dryRun, {}, key);
    expect(planned.status).toBe(200);
    expect(planned.errors).toBeUndefined();
    expect(Object.keys(planned.data!)).toEqual(["rateLimit"]);
    expect(planned.extensions!.cypherQueries).toBe(0);
    expect(planned.data!.rateLimit).toMatchObject({ cost: planned.extensions!.cost.requested, limit: 1000, remaining: before.remaining });
    expect(planned.headers.get("x-ratelimit-remaining")).toBe(String(before.remaining));

    const ran = await t.query<RateLimitData & { organizations: { edges: unknown[] } }>(dryRun, { dry: false }, key);
    expect(ran.errors).toBeUndefined();
    expect(ran.data!.organizations.edges).toHaveLength(20);
    expect(ran.data!.rateLimit.cost).toBe(planned.data!.rateLimit.cost);
    expect(ran.data!.rateLimit.remaining).toBe(before.remaining! - ran.data!.rateLimit.cost);
  });

  it("with dryRun reports a cost above the per-operation limit that running the operation would refuse", async () => {
    const key = client("c");
    const big = `query Big($dry: Boolean!) { ... on Query { rateLimit(dryRun: $dry) { cost remaining } } organizations(first: 100) { edges { node { name slug } } } }`;
    const planned = await t.query<RateLimitData>(big, { dry: true }, key);
    expect(planned.errors).toBeUndefined();
    expect(planned.data!.rateLimit.cost).toBeGreaterThan(100);
    expect(planned.data!.rateLimit.remaining).toBe(1000);
    const refused = await t.query(big, { dry: false }, key);
    expect(codeOf(refused)).toBe("QUERY_TOO_COMPLEX");
  });

  it("is charged like any field when dryRun is false or skipped", async () => {
    const key = client("d");
    const skipped = await t.query<RateLimitData>(
      `query { a: rateLimit { remaining } b: rateLimit(dryRun: true) @skip(if: true) { remaining } entity(slug: "moonshot-ai") { name } }`,
      {},
      key,
    );
    expect(skipped.errors).toBeUndefined();
    expect(skipped.data).toMatchObject({ entity: { name: expect.any(String) } });
    expect((skipped.data as any).a.remaining).toBe(1000 - skipped.extensions!.cost.requested);
  });
});

describe("the rateLimit root field without a rate limit", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startHardenedApi({});
  });
  afterAll(() => t.close());

  it("reports the cost and null budget fields", async () => {
    const res = await t.query<RateLimitData>(withEntity);
    expect(res.errors).toBeUndefined();
    expect(res.data!.rateLimit).toEqual({ cost: res.extensions!.cost.requested, limit: null, remaining: null, used: null, resetAt: null });
  });
});
