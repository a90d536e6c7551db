import "reflect-metadata";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { silentLogger } from "../src/common/logger";
import { applySchema } from "../src/db/apply-schema";
import { createDriver, waitForDatabase } from "../src/db/driver";
import { GraphDatabase } from "../src/db/graph-database";
import { startLocalNeo4j } from "../src/db/local-neo4j";
import { checkAnswers, TargetName } from "./check/answers";
import { explainFloor } from "./check/explain";
import { load, LoadRun } from "./load";
import { OPERATIONS, Operation } from "./operations";
import { Measure, Mode, renderReport, SizeResult } from "./report";
import { startServer, ServerChild } from "./servers/spawn";
import { settle, waitForIdle } from "./settle";
import { importSynthetic, importSyntheticBulk, processCpuSeconds } from "./synthetic/import";

/**
 * `npm run bench`: for each size, a fresh local Neo4j, a synthetic graph imported through the seed
 * loader, three servers as child processes (floor, peer, ours). Then, before anything is measured:
 * the floor's statements are EXPLAINed (no label scans) and every target's answers to the check
 * requests are compared (same rows, nothing empty), and the database is settled (indexes online,
 * checkpoint, CPU idle). Each operation is then measured twice: latency with 1 connection and
 * throughput with BENCH_CONNECTIONS, in rounds in which the targets take turns (rotated each round,
 * a pause between slices); operations are taken in a rotated order per size. Prints the tables and
 * writes bench/results/<date>-<sizes>.md and latest.md. docs/benchmarks.md lists the variables.
 */
const env = process.env;
const settings = {
  sizes: (env.BENCH_SIZES ?? "1000,10000")
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0),
  samples: Number(env.BENCH_SAMPLES ?? 2000),
  rounds: Number(env.BENCH_ROUNDS ?? 4),
  connections: Number(env.BENCH_CONNECTIONS ?? 8),
  maxSliceSeconds: Number(env.BENCH_MAX_SLICE_SECONDS ?? 60),
  pauseMs: Number(env.BENCH_PAUSE_MS ?? 1000),
  warmup: Number(env.BENCH_WARMUP ?? 2),
  idleCores: Number(env.BENCH_IDLE_CORES ?? 0.1),
  settleSeconds: Number(env.BENCH_SETTLE_SECONDS ?? 180),
  seed: Number(env.BENCH_SEED ?? 42),
  ops: env.BENCH_OPS ? env.BENCH_OPS.split(",").map((s) => s.trim()) : null,
  heap: env.BENCH_NEO4J_HEAP ?? "1g",
  pageCache: env.BENCH_NEO4J_PAGE_CACHE ?? "512m",
};
const PASSWORD = "bench-password-1";
const say = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rotate = <T>(items: T[], by: number): T[] => (items.length ? items.map((_, i) => items[(i + by) % items.length]) : items);

async function main(): Promise<void> {
  const unknown = (settings.ops ?? []).filter((name) => !OPERATIONS.some((o) => o.name === name));
  if (unknown.length)
    throw new Error(`BENCH_OPS names unknown operations: ${unknown.join(", ")} (known: ${OPERATIONS.map((o) => o.name).join(", ")})`);
  say(
    `[bench] sizes ${settings.sizes.join(", ")}; ${settings.samples} samples per operation, target and mode (1 and ${settings.connections} connections) in ${settings.rounds} rounds; ` +
      `${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}`,
  );
  const results: SizeResult[] = [];
  for (const [index, size] of settings.sizes.entries()) results.push(await benchSize(size, index));
  const markdown = renderReport(results, {
    ...settings,
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    node: process.version,
  });
  const dir = path.resolve(__dirname, "../../bench/results");
  fs.mkdirSync(dir, { recursive: true });
  // An import-only run, a smoke run (fewer samples than a p99 needs) and a run of some operations
  // (BENCH_OPS) keep their own file and leave latest.md (the last full measurement) alone.
  const kind = env.BENCH_IMPORT_ONLY
    ? `-import${env.BENCH_IMPORT_PATH === "bulk" ? "-bulk" : ""}`
    : settings.samples < 2000
      ? "-smoke"
      : settings.ops
        ? "-some-operations"
        : "";
  const file = unusedPath(dir, `${new Date().toISOString().slice(0, 10)}-${settings.sizes.map(sizeName).join("-")}${kind}`);
  fs.writeFileSync(file, markdown);
  if (!kind) fs.writeFileSync(path.join(dir, "latest.md"), markdown);
  say(`\n${markdown}`);
  say(`[bench] wrote ${path.relative(process.cwd(), file)}${kind ? "" : " and bench/results/latest.md"}`);
}

/** `<dir>/<stem>.md`, or `<stem>-2.md`, `-3` ... when taken: a run never overwrites an earlier run's report (latest.md aside). */
function unusedPath(dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${stem}${n === 1 ? "" : `-${n}`}.md`);
    if (!fs.existsSync(file)) return file;
  }
}

export const sizeName = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

interface Target {
  name: TargetName;
  server: ServerChild;
  url: string;
}

async function benchSize(size: number, sizeIndex: number): Promise<SizeResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aig-bench-neo4j-"));
  say(
    `\n[bench] === ${sizeName(size)} entities: ${env.BENCH_IMPORT_PATH === "bulk" ? "bulk import into" : "starting Neo4j in"} ${dataDir} ===`,
  );
  // The bulk path imports into the stopped store and starts Neo4j itself.
  const bulk =
    env.BENCH_IMPORT_PATH === "bulk"
      ? await importSyntheticBulk(
          dataDir,
          { password: PASSWORD, heap: settings.heap, pageCache: settings.pageCache },
          size,
          settings.seed,
          say,
        )
      : undefined;
  const neo4j =
    bulk?.neo4j ??
    (await startLocalNeo4j({
      dataDir,
      port: 0,
      password: PASSWORD,
      heap: settings.heap,
      pageCache: settings.pageCache,
      startTimeoutMs: 600_000,
      log: (line) => (env.BENCH_VERBOSE ? say(`[neo4j] ${line}`) : undefined),
    }));
  const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: PASSWORD });
  const db = new GraphDatabase(driver, { timeoutMs: 600_000, logger: silentLogger });
  const servers: ServerChild[] = [];
  try {
    await waitForDatabase(driver, 60_000);
    await applySchema(db, silentLogger);
    const { dataset, report: importReport } = bulk ?? (await importSynthetic(db, size, settings.seed, say, neo4j.pid));
    say(
      `[import] ${importReport.nodes} nodes, ${importReport.relationships} relationships in ${(importReport.loadMs / 1000).toFixed(1)} s: ` +
        `${importReport.relationshipsPerSecond} rel/s overall, ${importReport.writeRelationshipsPerSecond} rel/s in the write phase; ` +
        `CPU ${importReport.cpuSeconds.neo4j.toFixed(0)} s Neo4j + ${importReport.cpuSeconds.loader.toFixed(0)} s loader = ${importReport.relationshipsPerCpuSecond} rel per CPU second`,
    );
    const base = { size, importReport, counts: dataset.counts, settledAfterSeconds: null as number | null, checkpointed: false };
    if (env.BENCH_IMPORT_ONLY) return { ...base, memory: { restMb: 0, peakMb: 0, afterMb: 0 }, ops: [], loadAverage: os.loadavg()[0] };

    const childEnv = { BENCH_NEO4J_URI: neo4j.uri, BENCH_NEO4J_PASSWORD: PASSWORD };
    const floor = await startServer("floor", childEnv);
    const peer = await startServer("peer", childEnv);
    const ours = await startServer("ours", childEnv);
    servers.push(floor, peer, ours);
    const memory = { restMb: ours.rssMb(), peakMb: 0, afterMb: 0 };
    say(
      `[bench] servers up (floor :${floor.port}, peer :${peer.port}, ours :${ours.port}); ours RSS at rest ${memory.restMb.toFixed(0)} MB`,
    );
    const targets: Target[] = [
      { name: "floor", server: floor, url: `http://127.0.0.1:${floor.port}/` },
      { name: "peer", server: peer, url: `http://127.0.0.1:${peer.port}/graphql` },
      { name: "ours", server: ours, url: `http://127.0.0.1:${ours.port}/graphql` },
    ];
    const selected = rotate(
      OPERATIONS.filter((o) => !settings.ops || settings.ops.includes(o.name)),
      sizeIndex,
    );

    // Correctness before speed: a floor that scans, or targets that answer differently, make every
    // ratio below meaningless, so either stops the run.
    say(`[bench] EXPLAIN of the floor's statements, then ${selected.length} operations' check requests on every target...`);
    await explainFloor(
      driver,
      selected.map((op) => ({ op: op.name, params: JSON.parse(op.bodies(dataset.samples).floor[0]).params })),
    );
    const roundTrips = new Map<string, string>();
    for (const op of selected) {
      const bodies = op.bodies(dataset.samples);
      const live = targets.filter((t) => bodies[t.name]);
      const { ourRoundTrips } = await checkAnswers(
        op,
        live.map((t) => ({ name: t.name, url: t.url, bodies: bodies[t.name]! })),
      );
      roundTrips.set(op.name, ourRoundTrips);
    }
    say(`[bench] all answers agree; settling (indexes online, checkpoint, Neo4j CPU under ${settings.idleCores} cores)...`);
    // A fresh JVM compiles as it goes: warm Neo4j on every operation first, so the operations measured
    // first are not the ones paying for its JIT and query planning.
    for (const op of selected)
      for (const t of targets) {
        const bodies = op.bodies(dataset.samples)[t.name];
        if (bodies) await load(t.url, bodies, settings.connections, 1e9, settings.warmup);
      }
    const { idleAfterSeconds, checkpointed } = await settle(db, neo4j.pid, settings.idleCores, settings.settleSeconds);
    if (!checkpointed) say("[bench] db.checkpoint() is not in this Neo4j edition; settling on CPU idle only");
    say(
      idleAfterSeconds === null
        ? `[bench] Neo4j never went idle in ${settings.settleSeconds} s; measuring anyway (noted in the report)`
        : `[bench] settled after ${idleAfterSeconds.toFixed(0)} s`,
    );

    const ops: SizeResult["ops"] = [];
    const sampler = setInterval(() => (memory.peakMb = Math.max(memory.peakMb, ours.rssMb())), 200);
    try {
      for (const [opIndex, op] of selected.entries()) {
        const bodies = op.bodies(dataset.samples);
        const live = targets.filter((t) => bodies[t.name]);
        const row: SizeResult["ops"][number] = { op, ourRoundTrips: roundTrips.get(op.name) ?? "?", latency: {}, throughput: {} };
        await waitForIdle(neo4j.pid, settings.idleCores, 10);
        for (const mode of ["latency", "throughput"] as Mode[]) {
          const connections = mode === "latency" ? 1 : settings.connections;
          row[mode] = await measure(op, live, bodies, connections, neo4j.pid, opIndex);
        }
        ops.push(row);
      }
    } finally {
      clearInterval(sampler);
    }
    await sleep(2000);
    memory.afterMb = ours.rssMb();
    return { ...base, settledAfterSeconds: idleAfterSeconds, checkpointed, memory, ops, loadAverage: os.loadavg()[0] };
  } finally {
    for (const server of servers) await server.stop();
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * One operation in one mode on every target: BENCH_ROUNDS rounds, each giving every target a slice of
 * samples/rounds requests in a rotated order (a burst of other load on this shared machine then falls
 * on all of them, and no target always runs first or right after another), a pause between slices.
 */
async function measure(
  op: Operation,
  targets: Target[],
  bodies: Record<TargetName, string[] | null>,
  connections: number,
  neo4jPid: number,
  opIndex: number,
): Promise<Partial<Record<TargetName, Measure>>> {
  const perSlice = Math.max(1, Math.ceil(settings.samples / settings.rounds));
  const runs = new Map<TargetName, { runs: LoadRun[]; serverCpu: number; neo4jCpu: number }>(
    targets.map((t) => [t.name, { runs: [], serverCpu: 0, neo4jCpu: 0 }]),
  );
  for (let round = 0; round < settings.rounds; round++) {
    for (const target of rotate(targets, round + opIndex)) {
      await sleep(settings.pauseMs);
      const acc = runs.get(target.name)!;
      const serverBefore = processCpuSeconds(target.server.pid);
      const neo4jBefore = processCpuSeconds(neo4jPid);
      acc.runs.push(await load(target.url, bodies[target.name]!, connections, perSlice, settings.maxSliceSeconds));
      acc.serverCpu += processCpuSeconds(target.server.pid) - serverBefore;
      acc.neo4jCpu += processCpuSeconds(neo4jPid) - neo4jBefore;
    }
  }
  const results: Partial<Record<TargetName, Measure>> = {};
  for (const target of targets) {
    const acc = runs.get(target.name)!;
    const latencies = acc.runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN);
    const n = latencies.length;
    const perRequest = (seconds: number) => (n ? (seconds * 1000) / n : NaN);
    const result: Measure = {
      rps: n / acc.runs.reduce((sum, r) => sum + r.seconds, 0),
      p50: at(0.5),
      p99: at(0.99),
      requests: n,
      errors: acc.runs.reduce((sum, r) => sum + r.errors, 0),
      serverCpuMs: perRequest(acc.serverCpu),
      neo4jCpuMs: perRequest(acc.neo4jCpu),
      loaderCpuMs: perRequest(acc.runs.reduce((sum, r) => sum + r.loaderCpuSeconds, 0)),
    };
    results[target.name] = result;
    say(
      `[bench] ${op.name.padEnd(20)} ${String(connections).padStart(2)} conn ${target.name.padEnd(5)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  ` +
        `n ${n}  errors ${result.errors}  CPU/req server ${result.serverCpuMs.toFixed(2)} ms, Neo4j ${result.neo4jCpuMs.toFixed(2)} ms, load generator ${result.loaderCpuMs.toFixed(2)} ms`,
    );
  }
  return results;
}

main().catch((error) => {
  console.error(`[bench] failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
