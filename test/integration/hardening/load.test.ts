import autocannon from "autocannon";
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { TestApi } from "../../helpers/api";
import { startHardenedApi } from "./harness";

jest.setTimeout(120_000);

// A test-sized soak: loopback only, bounded in time. LOAD_SECONDS / LOAD_CONNECTIONS make it longer.
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 20);

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function heapMiB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
/** Valid and invalid operations in one rotation: every client cycles through all of them. */
const MIX: string[] = [
  body(`{ entity(slug: "moonshot-ai") { name ... on Organization { investors(first: 5) { totalCount edges { node { name } } } } } }`),
  body(`query($q: String!) { search(query: $q, first: 5) { matched entity { slug name } } }`, { q: "月之暗面" }),
  body(`{ events(first: 10) { totalCount edges { node { title date { text } participants { role entity { name } } } } } }`),
  body(`{ organizations(first: 20) { edges { node { name kinds } } } }`),
  body(`{ entity(slug: ) { name } }`), // syntax error
  body(`{ events(first: 100000) { totalCount } }`), // BAD_USER_INPUT
  body(`{ organizations(first: 100) { edges { node { investors(first: 100) { totalCount } } } } }`), // QUERY_TOO_COMPLEX
  body(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: __typename`).join(" ")} entity(slug: "x\\"}) DETACH DELETE n //") { name } }`),
  '{"query": "{ __typename ', // malformed JSON
  body(`query($s: String!) { entity(slug: $s) { name } }`, { s: 42 }), // wrong variable type
];

describe("load and soak (test-sized)", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startHardenedApi();
  });
  afterAll(async () => {
    await t.close();
  });

  it(`serves ${CONNECTIONS} concurrent clients for ${SECONDS} s with mixed valid and invalid operations: no 5xx, no crash, memory back near its baseline`, async () => {
    // Warm up (JIT, Cypher plans, pools) before the baseline.
    await autocannon({
      url: t.api.url,
      connections: 4,
      duration: 2,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: MIX.map((b) => ({ body: b })),
    });
    const baseline = heapMiB();

    const result = await autocannon({
      url: t.api.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: MIX.map((b) => ({ body: b })),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = heapMiB();

    const figures = {
      seconds: SECONDS,
      connections: CONNECTIONS,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      status: { "2xx": result["2xx"], "4xx": result["4xx"], "5xx": result["5xx"] },
      errors: result.errors,
      timeouts: result.timeouts,
      heapMiB: { baseline: Math.round(baseline), after: Math.round(after) },
    };
    console.log(`load figures: ${JSON.stringify(figures)}`);

    expect(result["5xx"]).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result["2xx"]).toBeGreaterThan(0);
    expect(result["4xx"]).toBeGreaterThan(0);
    expect(after - baseline).toBeLessThan(40);
    const health = await fetch(`${t.baseUrl}/health`);
    expect(health.status).toBe(200);
    expect((await t.query(`{ entity(slug: "moonshot-ai") { name } }`)).data).toEqual({ entity: { name: "Moonshot AI" } });
  });
});
