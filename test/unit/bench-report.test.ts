import { OPERATIONS } from "../../bench/operations";
import { Measure, renderReport, SizeResult, targetLines } from "../../bench/report";

const op = (name: string) => OPERATIONS.find((o) => o.name === name)!;
const measure = (p50: number, rps: number): Measure => ({
  rps,
  p50,
  p99: p50 * 3,
  requests: 2000,
  errors: 0,
  serverCpuMs: 1,
  neo4jCpuMs: 1,
  loaderCpuMs: 0.5,
});
const imported = (relationshipsPerSecond: number, relationshipsPerCpuSecond: number) => ({
  relationshipsPerSecond,
  relationshipsPerCpuSecond,
  nodes: 1,
  relationships: 1,
  folders: 1,
  entities: 1,
  generateMs: 0,
  loadMs: 1,
  writeMs: 1,
  writeRelationshipsPerSecond: 1,
  cpuSeconds: { neo4j: 1, loader: 1 },
});
function size(n: number, oursP50: number, importRate = 4000, perCpu = 2400): SizeResult {
  return {
    size: n,
    importReport: imported(importRate, perCpu),
    counts: {},
    memory: { restMb: 0, peakMb: 0, afterMb: 0 },
    settledAfterSeconds: 1,
    checkpointed: false,
    loadAverage: 0,
    ops: [
      {
        op: op("entityBySlug"),
        ourRoundTrips: "1",
        latency: { floor: measure(2, 400), peer: measure(6, 150), ours: measure(oursP50, 300) },
        throughput: { floor: measure(10, 800), peer: measure(30, 200), ours: measure(12, 320) },
      },
    ],
  };
}

describe("bench report targets (bench/report.ts)", () => {
  it("judges latency against the floor at 10k and more, throughput against the peer, scaling 1k -> 100k and import at 100k", () => {
    const lines = targetLines([size(1000, 2.2), size(10_000, 2.6), size(100_000, 3.2, 21_000, 5000)]).join("\n");
    expect(lines).toContain("- 10k entityBySlug: 1.30x **MISSED**");
    expect(lines).toContain("- 100k entityBySlug: 1.60x **MISSED**");
    expect(lines).not.toContain("- 1k entityBySlug: 1.10x"); // 1k is not judged against the floor
    expect(lines).toContain("- 10k entityBySlug: 1.60x **met**"); // throughput 320 / 200
    expect(lines).toContain("- entityBySlug: 1.45x **MISSED**"); // 3.2 / 2.2
    // An online run is not judged against the bulk path's target (it was while no bulk path existed).
    expect(lines).toMatch(/bulk path at 20000 rel\/s or more: not judged/);
    expect(lines).toMatch(/i\.e\. 4788: 5000 \*\*met\*\*/);
  });

  it("judges a bulk run's 100k import against the bulk target only", () => {
    const bulk = size(100_000, 3.2, 21_000, 5000);
    bulk.importReport = { ...bulk.importReport, path: "bulk" };
    const lines = targetLines([bulk]).join("\n");
    expect(lines).toMatch(/bulk path at 20000 rel\/s or more: 21000 rel\/s \*\*met\*\*/);
    expect(lines).toContain("- online path per CPU second: not judged (this run measured the bulk path)");
    expect(lines).not.toMatch(/i\.e\. 4788/);
  });

  it("lists the bulk path's steps under the import table, and none for an online run", () => {
    const meta = {
      sizes: [100_000],
      samples: 1,
      rounds: 1,
      connections: 8,
      pauseMs: 0,
      warmup: 0,
      seed: 42,
      cores: 2,
      cpu: "x",
      node: "v20",
      heap: "1g",
      pageCache: "512m",
    };
    const online = size(100_000, 3.2);
    expect(renderReport([online], meta)).not.toContain("Bulk path, wall clock of each step");
    const bulk = size(100_000, 3.2);
    const stepsMs = { plan: 7800, graph: 8800, files: 3700, import: 14500, start: 6000, emptyLists: 4500, schema: 7000, statistics: 200 };
    bulk.importReport = { ...bulk.importReport, path: "bulk", stepsMs };
    expect(renderReport([bulk], meta)).toContain(
      "- 100k: plan 7.8 s, graph 8.8 s, files 3.7 s, import 14.5 s, start 6.0 s, emptyLists 4.5 s, schema 7.0 s, statistics 0.2 s",
    );
  });

  it("says what it could not judge instead of passing it", () => {
    const lines = targetLines([size(1000, 2.1)]).join("\n");
    expect(lines).toContain("not judged: no size of 10k entities or more was measured");
    expect(lines).toContain("not judged: needs BENCH_SIZES with 1000 and 100000");
    expect(lines).toContain("not judged: 100k entities were not imported in this run");
  });

  it("judges no target on the stack reference, and gives the ratio the stack alone puts on each operation", () => {
    const withStack = (n: number, oursStackP50: number) => {
      const r = size(n, 2.6);
      r.ops.push({
        op: op("stack"),
        ourRoundTrips: "0",
        latency: { floor: measure(0.3, 3000), peer: measure(0.8, 1200), ours: measure(oursStackP50, 1000) },
        throughput: { floor: measure(2, 5000), peer: measure(6, 1500), ours: measure(7, 1400) },
      });
      return r;
    };
    const lines = targetLines([withStack(1000, 0.9), withStack(100_000, 0.9)]).join("\n");
    // 1 + (0.9 - 0.3) / 2: the floor's entityBySlug p50 is 2 ms.
    expect(lines).toContain("- 100k entityBySlug: 1.30x **MISSED** (the stack alone: 1.30x)");
    expect(lines).toMatch(/100k, the stack with no database work \(`stack`\): ours p50 0\.90 ms against the floor's 0\.30 ms/);
    // Throughput 1400 / 1500 and latency 0.9 / 0.3 would be missed if the reference were judged.
    expect(lines).not.toMatch(/^- (\d+k )?stack:/m);
  });

  it("meets the latency target within 1.2x of the floor", () => {
    expect(targetLines([size(10_000, 2.4)]).join("\n")).toContain("- 10k entityBySlug: 1.20x **met**");
  });
});
