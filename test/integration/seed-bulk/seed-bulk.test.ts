import "reflect-metadata";
import { mkdtemp, rm } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import neo4j, { Driver } from "neo4j-driver";
import { toPlain } from "../../../src/db/values";
import { LocalNeo4j } from "../../../src/db/local-neo4j";
import { listSeedFolders } from "../../../src/seed/seed.reader";
import { SEEDS_DIR } from "../../../src/seed/seeds-dir";
import { BulkRefusedError, bulkLoadSeeds } from "../../../src/seed/seed.bulk";
import { BULK_STEPS } from "../../../src/seed/seed.bulk-steps";
import { TEST_PASSWORD } from "../../helpers/test-state";

jest.setTimeout(300_000);

/**
 * Left out of the comparison: the load-time records the bulk path does not write (docs/benchmarks.md,
 * "Bulk import"), and the data version, which the write tests sharing the online database move on.
 * The bulk data version is checked on its own below.
 */
const LEFT_OUT_LABELS = new Set(["Change", "ChangeCounter", "DataVersion"]);

/**
 * Every node (labels + properties) and relationship (type + properties + both ends' lines), with no
 * element ids, sorted: equal for two databases that hold the same graph however it was written.
 */
async function graphLines(driver: Driver): Promise<string[]> {
  const { records: nodes } = await driver.executeQuery("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props");
  const lineOf = new Map<string, string>();
  for (const r of nodes) {
    const labels = (r.get("labels") as string[]).sort();
    if (labels.some((l) => LEFT_OUT_LABELS.has(l))) continue;
    lineOf.set(r.get("id") as string, `(${labels.join(":")} ${canonical(toPlain(r.get("props")))})`);
  }
  const { records: edges } = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b",
  );
  const lines = [...lineOf.values()];
  for (const r of edges) {
    const [a, b] = [lineOf.get(r.get("a") as string), lineOf.get(r.get("b") as string)];
    if (a === undefined || b === undefined) continue;
    lines.push(`${a}-[${r.get("type") as string} ${canonical(toPlain(r.get("props")))}]->${b}`);
  }
  return lines.sort();
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${k}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

describe("npm run seed -- --bulk (offline import of the seed plan)", () => {
  let dir: string;
  let bulk: LocalNeo4j | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "seed-bulk-test-"));
  });

  afterAll(async () => {
    await bulk?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the same graph as the online load of seeds/, node by node and relationship by relationship", async () => {
    const dataDir = path.join(dir, "home");
    const progress: string[] = [];
    const report = await bulkLoadSeeds(listSeedFolders(SEEDS_DIR), { dataDir, password: TEST_PASSWORD }, (l) => progress.push(l), {
      keepRunning: true,
    });
    bulk = report.neo4j;
    expect(progress.join("\n")).toContain("IMPORT DONE");
    // Each step is timed, in order, and the steps account for the whole load.
    expect(Object.keys(report.stepsMs)).toEqual([...BULK_STEPS]);
    expect(report.stepsMs.import).toBeGreaterThan(0);
    const stepsTotal = Object.values(report.stepsMs).reduce((a, b) => a + b, 0);
    expect(Math.abs(report.ms - stepsTotal)).toBeLessThan(50);

    const online = neo4j.driver(process.env.TEST_NEO4J_URI!, neo4j.auth.basic("neo4j", TEST_PASSWORD));
    const offline = neo4j.driver(bulk!.uri, neo4j.auth.basic("neo4j", TEST_PASSWORD));
    try {
      const [expected, actual] = [await graphLines(online), await graphLines(offline)];
      expect(expected.length).toBeGreaterThan(100);
      const missing = expected.filter((l) => !actual.includes(l));
      const extra = actual.filter((l) => !expected.includes(l));
      expect({ missing: missing.slice(0, 5), extra: extra.slice(0, 5) }).toEqual({ missing: [], extra: [] });
      expect(actual).toEqual(expected);
      // A fresh online load moves the version on once per seed folder; the bulk load sets the same.
      const { records: versions } = await offline.executeQuery("MATCH (v:DataVersion {id: 'graph'}) RETURN v.version AS version");
      expect(versions.map((r) => toPlain(r.get("version")))).toEqual([listSeedFolders(SEEDS_DIR).length]);

      // The schema is in place and every index online, as after `npm start`.
      const { records } = await offline.executeQuery("SHOW INDEXES YIELD name, state RETURN name, state");
      const { records: onlineIndexes } = await online.executeQuery("SHOW INDEXES YIELD name RETURN name");
      expect(records.map((r) => r.get("name") as string).sort()).toEqual(onlineIndexes.map((r) => r.get("name") as string).sort());
      expect(records.every((r) => r.get("state") === "ONLINE")).toBe(true);
    } finally {
      await online.close();
      await offline.close();
    }
    expect(report.relationships).toBeGreaterThan(0);
  });

  it("refuses a running database and one that holds a store, naming what to do", async () => {
    const dataDir = path.join(dir, "home");
    await expect(bulkLoadSeeds(listSeedFolders(SEEDS_DIR), { dataDir, password: TEST_PASSWORD })).rejects.toThrow(BulkRefusedError);
    await expect(bulkLoadSeeds(listSeedFolders(SEEDS_DIR), { dataDir, password: TEST_PASSWORD })).rejects.toThrow(/running.*npm run seed/s);
    await bulk?.stop();
    bulk = undefined;
    await expect(bulkLoadSeeds(listSeedFolders(SEEDS_DIR), { dataDir, password: TEST_PASSWORD })).rejects.toThrow(
      /holds a database already.*npm run seed/s,
    );
  });
});
