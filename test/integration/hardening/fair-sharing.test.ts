import { getIntrospectionQuery } from "graphql";
import { spawn } from "node:child_process";
import * as net from "node:net";
import * as path from "node:path";
import { SOURCE_TEXT_COST } from "../../../src/common/field-cost";
import { DEFAULT_HTTP, loadConfig } from "../../../src/config";
import { QUEUED_PER_SLOT } from "../../../src/http/client-concurrency";
import { GraphDatabase } from "../../../src/db/graph-database";
import { TestApi } from "../../helpers/api";
import { codeOf, entityLookupDatabase, startHardenedApi } from "./harness";

jest.setTimeout(180_000);

/** Fifteen aliased full schema reads in one small request (about 2 MB of answer). */
const INTROSPECTION_FRAGMENTS = getIntrospectionQuery().slice(getIntrospectionQuery().indexOf("fragment FullType"));
const INTROSPECTION_BOMB = `query Bomb { ${Array.from({ length: 15 }, (_, i) => `s${i}: __schema { types { ...FullType } }`).join(" ")} } ${INTROSPECTION_FRAGMENTS}`;

/** Fifteen aliases of `nodes` over up to 100 source ids, each with the source's whole text. */
function sourceTextBomb(ids: string[], aliasCount = 15): { query: string; variables: Record<string, unknown> } {
  const aliases = Array.from({ length: aliasCount }, (_, i) => `n${i}: nodes(ids: $ids) { ... on Source { text } }`).join(" ");
  return { query: `query Texts($ids: [ID!]!) { ${aliases} }`, variables: { ids } };
}

async function sourceIds(t: TestApi): Promise<string[]> {
  const res = await t.query(`{ events(first: 100) { edges { node { citations { source { id } } } } } }`);
  const ids = new Set<string>();
  for (const edge of res.data!.events.edges) for (const c of edge.node.citations) ids.add(c.source.id);
  const list = [...ids];
  expect(list.length).toBeGreaterThan(0);
  // At most 100 ids per nodes(); repeat the few there are to fill the list.
  return Array.from({ length: 100 }, (_, i) => list[i % list.length]);
}

interface FloodReport {
  sent: number;
  bytes: number;
  statuses: Record<string, number>;
  p50MsByKind: (number | null)[];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A database whose entity lookups take `delayMs` longer, to hold requests in flight. */
function slowEntityDatabase(delayMs: number): GraphDatabase {
  return entityLookupDatabase(10_000, async (run) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return run();
  });
}

describe("fair sharing: costs by what is returned", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startHardenedApi({ limits: { maxResponseBytes: 256 * 1024 } });
  });
  afterAll(async () => {
    await t.close();
  });

  it("charges introspection by the objects it returns: one schema read fits the cost limit, fifteen aliased ones do not", async () => {
    // The full schema read (about 350 KB) is over this suite's 256 KiB response cap: ask an API with the default cap.
    const defaults = await startHardenedApi();
    const one = await defaults.query(getIntrospectionQuery()).finally(() => defaults.close());
    expect(one.errors).toBeUndefined();
    expect(one.extensions?.cost.requested).toBeGreaterThan(1000);
    expect(one.extensions?.cost.requested).toBeLessThanOrEqual(10000);
    const bomb = await t.query(INTROSPECTION_BOMB);
    expect(bomb.status).toBe(400);
    expect(codeOf(bomb)).toBe("QUERY_TOO_COMPLEX");
    expect(bomb.errors![0].extensions?.actual).toBeGreaterThan(15 * 1000);
    expect(JSON.stringify(bomb).length).toBeLessThan(2000);
  });

  it("charges a source's whole text SOURCE_TEXT_COST points, so fifteen aliases of 100 texts are refused before any work", async () => {
    const bomb = sourceTextBomb(await sourceIds(t));
    const res = await t.query(bomb.query, bomb.variables);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("QUERY_TOO_COMPLEX");
    expect(res.errors![0].extensions?.actual).toBe(15 * (1 + 100 * SOURCE_TEXT_COST));
  });

  it("charges an unpaged list by the length of the list it is given", async () => {
    const ids = await sourceIds(t);
    const costOf = async (n: number) =>
      (await t.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids.slice(0, n) })).extensions?.cost.requested;
    expect(await costOf(1)).toBe(2);
    expect(await costOf(100)).toBe(101);
  });

  it("answers RESPONSE_TOO_LARGE, stating the limit, for a result over MAX_RESPONSE_BYTES (stopped while it executes)", async () => {
    // Two aliases of 100 texts fit the cost limit (each text costs SOURCE_TEXT_COST) but not the response cap.
    const bomb = sourceTextBomb(await sourceIds(t), 2);
    const res = await t.query(bomb.query, bomb.variables);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("RESPONSE_TOO_LARGE");
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ limit: 262144 });
    expect(res.errors![0].message).toMatch(/more than 262144 bytes/);
    expect(res.data).toBeUndefined();
    expect(res.extensions?.cost.requested).toBe(2 * (1 + 100 * SOURCE_TEXT_COST));
    // Many small fields (no long text) are counted too.
    const ids = await sourceIds(t);
    const small = await startHardenedApi({ limits: { maxResponseBytes: 2048 } });
    try {
      const list = await small.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
      expect(list.status).toBe(400);
      expect(codeOf(list)).toBe("RESPONSE_TOO_LARGE");
      expect(list.errors![0].extensions).toMatchObject({ limit: 2048 });
    } finally {
      await small.close();
    }
    expect((await t.query(`{ entity(slug: "moonshot-ai") { name } }`)).data).toEqual({ entity: { name: "Moonshot AI" } });
  });
});

describe("fair sharing: connections and concurrency", () => {
  it("runs at most MAX_CONCURRENT_PER_CLIENT of a client's requests at once, queues a bounded number more, refuses the rest with 429", async () => {
    const t = await startHardenedApi({ db: slowEntityDatabase(1000), http: { maxConcurrentPerClient: 1, trustProxy: ["loopback"] } });
    try {
      const a = { "x-forwarded-for": "203.0.113.1" };
      const slow = `{ entity(slug: "moonshot-ai") { name } }`;
      const started = Date.now();
      // One runs, eight (QUEUED_PER_SLOT x 1) wait, the tenth is refused at once.
      const accepted = Array.from({ length: 1 + QUEUED_PER_SLOT }, () =>
        t.query(slow, {}, a).then((r) => ({ status: r.status, ms: Date.now() - started })),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const refused = await t.query(slow, {}, a);
      expect(refused.status).toBe(429);
      expect(codeOf(refused)).toBe("TOO_MANY_CONCURRENT_REQUESTS");
      expect(refused.headers.get("retry-after")).toBe("1");
      // Another client is not queued behind them.
      const otherStarted = Date.now();
      const other = await t.query(slow, {}, { "x-forwarded-for": "203.0.113.2" });
      expect(other.status).toBe(200);
      const otherMs = Date.now() - otherStarted;
      const done = await Promise.all(accepted);
      expect(done.map((r) => r.status)).toEqual(Array(1 + QUEUED_PER_SLOT).fill(200));
      // One at a time: the last of the nine finished after about nine delays, the other client after about one.
      const lastMs = Math.max(...done.map((r) => r.ms));
      expect(lastMs).toBeGreaterThanOrEqual(8 * 1000);
      expect(otherMs).toBeLessThan(lastMs / 2);
      expect((await t.query(slow, {}, a)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("closes a connection whose headers trickle in past HEADERS_TIMEOUT_MS, and one idle past SOCKET_IDLE_TIMEOUT_MS", async () => {
    const t = await startHardenedApi({
      http: { headersTimeoutMs: 1000, requestTimeoutMs: 2000, socketIdleTimeoutMs: 1500, keepAliveTimeoutMs: 500 },
    });
    try {
      const port = Number(new URL(t.api.url).port);
      const closedAfter = (write: (socket: net.Socket) => void) =>
        new Promise<{ ms: number; reply: string }>((resolve) => {
          const started = Date.now();
          let reply = "";
          const socket = net.connect(port, "127.0.0.1", () => write(socket));
          socket.on("data", (chunk) => (reply += chunk.toString()));
          socket.on("error", () => undefined);
          socket.on("close", () => resolve({ ms: Date.now() - started, reply }));
        });
      // Slowloris: a header line every 300 ms, never the blank line that ends them.
      const trickled = await closedAfter((socket) => {
        socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\n");
        const timer = setInterval(() => (socket.writable ? socket.write("X-Slow: 1\r\n") : clearInterval(timer)), 300);
        socket.on("close", () => clearInterval(timer));
      });
      expect(trickled.ms).toBeLessThan(5000);
      expect(trickled.reply).toMatch(/^HTTP\/1\.1 408/);
      // Connected, then silent.
      const silent = await closedAfter(() => undefined);
      expect(silent.ms).toBeLessThan(5000);
      console.log(
        `timeout figures: ${JSON.stringify({ trickledHeadersClosedAfterMs: trickled.ms, silentSocketClosedAfterMs: silent.ms })}`,
      );
    } finally {
      await t.close();
    }
  });
});

describe("fair sharing under a flood", () => {
  const FLOOD_SECONDS = 8;
  const FLOOD_CONNECTIONS = 4;
  const FLOOD_MAX_REQUESTS = 2000;
  // The product's own budget (60,000 points per 60 s, what `npm start` runs with): costs now follow
  // what a request returns, so a flood of worst-case requests spends it within seconds and is then
  // refused cheaply, where before the fix it spent 203 points in 15 s. FLOOD_POINTS=0 turns the
  // budget off to measure the harder case (only per-client concurrency protects the bystander):
  // 3-6x on this 2-core machine, reported in the closing note, not asserted.
  const FLOOD_POINTS = Number(process.env.FLOOD_POINTS ?? loadConfig({}, { readDotenv: false }).rateLimit?.points ?? 0);

  it("keeps a second client's cheap query within 3x of its unloaded p50 while one client floods worst-case requests", async () => {
    // Default limits and npm start's per-client concurrency; the two clients are told apart by address (X-Forwarded-For
    // from a trusted loopback proxy), as two hosts behind one proxy would be.
    const t = await startHardenedApi({
      rateLimit: FLOOD_POINTS > 0 ? { points: FLOOD_POINTS, windowSeconds: 60 } : null,
      http: {
        trustProxy: ["loopback"],
        maxConcurrentPerClient: Number(process.env.FLOOD_CONCURRENCY ?? DEFAULT_HTTP.maxConcurrentPerClient),
      },
    });
    try {
      const flooder = { "x-forwarded-for": "203.0.113.66" };
      const bystander = { "x-forwarded-for": "203.0.113.7" };
      const cheap = `{ entity(slug: "moonshot-ai") { name } }`;
      const texts = sourceTextBomb(await sourceIds(t));
      const worst = [
        { query: INTROSPECTION_BOMB },
        texts,
        {
          query: `{ events(first: 100) { edges { node { title participants { role entity { name } } citations { quote source { text } } } } } }`,
        },
      ];
      const timeCheap = async () => {
        const started = process.hrtime.bigint();
        const res = await t.query(cheap, {}, bystander);
        expect(res.status).toBe(200);
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      for (let i = 0; i < 20; i += 1) await timeCheap(); // warm-up: JIT, plans, pools
      const unloaded: number[] = [];
      for (let i = 0; i < 40; i += 1) unloaded.push(await timeCheap());

      // The flood runs in a child process: its own work must not slow this process's event loop,
      // which serves the API and times the cheap query.
      const until = Date.now() + FLOOD_SECONDS * 1000;
      const input = {
        url: t.api.url,
        headers: flooder,
        bodies: worst.map((w) => JSON.stringify(w)),
        seconds: FLOOD_SECONDS,
        connections: FLOOD_CONNECTIONS,
        maxRequests: FLOOD_MAX_REQUESTS,
      };
      const child = spawn(process.execPath, [path.join(__dirname, "flood-client.js"), JSON.stringify(input)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk.toString()));
      const flood = new Promise<FloodReport>((resolve, reject) => {
        child.once("error", reject);
        child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`flood client exited with ${code}`))));
      });
      await new Promise((resolve) => setTimeout(resolve, 500)); // let the flood build up
      const loaded: number[] = [];
      while (Date.now() < until - 500) loaded.push(await timeCheap());
      const report = await flood;

      const figures = {
        floodSeconds: FLOOD_SECONDS,
        floodConnections: FLOOD_CONNECTIONS,
        floodRequests: report.sent,
        floodMiB: Math.round(report.bytes / 2 ** 20),
        floodStatuses: report.statuses,
        floodP50MsByKind: {
          introspection: report.p50MsByKind[0],
          sourceTexts: report.p50MsByKind[1],
          eventsWithTexts: report.p50MsByKind[2],
        },
        cheapUnloadedMs: { p50: Math.round(percentile(unloaded, 50) * 10) / 10, p90: Math.round(percentile(unloaded, 90) * 10) / 10 },
        cheapLoadedMs: {
          n: loaded.length,
          p50: Math.round(percentile(loaded, 50) * 10) / 10,
          p90: Math.round(percentile(loaded, 90) * 10) / 10,
        },
        ratioP50: Math.round((percentile(loaded, 50) / percentile(unloaded, 50)) * 100) / 100,
      };
      console.log(`flood figures: ${JSON.stringify(figures)}`);
      expect(Object.keys(report.statuses).filter((status) => !/^(200|400|429) /.test(status) && status !== "200")).toEqual([]);
      expect(report.sent).toBeGreaterThan(FLOOD_CONNECTIONS);
      expect(loaded.length).toBeGreaterThan(10);
      expect(percentile(loaded, 50)).toBeLessThanOrEqual(3 * percentile(unloaded, 50));
    } finally {
      await t.close();
    }
  });
});
