import { mkdtemp, rm } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { silentLogger } from "../../../src/common/logger";
import { applySchema } from "../../../src/db/apply-schema";
import { createDriver } from "../../../src/db/driver";
import { GraphDatabase } from "../../../src/db/graph-database";
import { LocalNeo4j, startLocalNeo4j } from "../../../src/db/local-neo4j";
import { TestApi } from "../../helpers/api";
import { codeOf, startHardenedApi } from "./harness";

jest.setTimeout(400_000);

// Its own Neo4j (not the run's shared one), so stopping it disturbs no other test.
const PASSWORD = "outage-password-1";
const query = `{ entity(slug: "nobody-here") { name } events(first: 1) { totalCount } }`;

async function readyStatus(t: TestApi): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${t.baseUrl}/ready`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("database outage", () => {
  let dataDir: string;
  let neo4j: LocalNeo4j | undefined;
  let t: TestApi | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "aig-outage-neo4j-"));
    neo4j = await startLocalNeo4j({ dataDir, port: 0, password: PASSWORD, heap: "256m", pageCache: "32m" });
  });

  afterAll(async () => {
    await t?.close();
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("fails fast with SERVICE_UNAVAILABLE and /ready 503 while Neo4j is down, and recovers without a restart", async () => {
    const uri = neo4j!.uri;
    const db = new GraphDatabase(createDriver({ uri, user: "neo4j", password: PASSWORD }), { timeoutMs: 5000, logger: silentLogger });
    await applySchema(db, silentLogger);
    t = await startHardenedApi({ db });

    const before = await t.query(query);
    expect(before.errors).toBeUndefined();
    expect(before.data).toEqual({ entity: null, events: { totalCount: 0 } });
    expect((await readyStatus(t)).status).toBe(200);

    await neo4j!.stop();

    const started = Date.now();
    const during = await t.query(query);
    const elapsed = Date.now() - started;
    expect(during.status).toBe(200);
    expect(codeOf(during)).toBe("SERVICE_UNAVAILABLE");
    expect(new Set(during.errors!.map((e) => e.extensions?.code))).toEqual(new Set(["SERVICE_UNAVAILABLE"]));
    expect(elapsed).toBeLessThan(6000);
    const ready = await readyStatus(t);
    expect(ready).toEqual({ status: 503, body: { status: "unavailable", database: "down", schemaApplied: true } });
    const health = await fetch(`${t.baseUrl}/health`);
    expect(health.status).toBe(200);

    // Same folder, same port: the API's driver finds it again by itself.
    const port = Number(new URL(uri.replace("bolt:", "http:")).port);
    neo4j = await startLocalNeo4j({ dataDir, port, password: PASSWORD, heap: "256m", pageCache: "32m" });
    expect(neo4j.uri).toBe(uri);
    const deadline = Date.now() + 30_000;
    while ((await readyStatus(t)).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect((await readyStatus(t)).status).toBe(200);
    // A just-restarted Neo4j may still be warming up; the first answers may be retryable errors.
    let after = await t.query(query);
    const interim: string[] = [];
    while (after.errors && Date.now() < deadline + 30_000) {
      interim.push(...after.errors.map((e) => String(e.extensions?.code)));
      await new Promise((r) => setTimeout(r, 500));
      after = await t.query(query);
    }
    if (interim.length) console.log(`interim codes after restart: ${interim.join(", ")}`);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({ entity: null, events: { totalCount: 0 } });
  });
});
