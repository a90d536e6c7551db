import "reflect-metadata";
import autocannon from "autocannon";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { silentLogger } from "../src/common/logger";
import { applySchema } from "../src/db/apply-schema";
import { createDriver, waitForDatabase } from "../src/db/driver";
import { GraphDatabase } from "../src/db/graph-database";
import { startLocalNeo4j } from "../src/db/local-neo4j";
import { OPERATIONS, Operation } from "./operations";
import { renderReport, SizeResult, TargetResult } from "./report";
import { startServer, ServerChild } from "./servers/spawn";
import { importSynthetic, processCpuSeconds } from "./synthetic/import";

/**
 * `npm run bench`: for each size, a fresh local Neo4j, a synthetic graph imported through the seed
 * loader, three servers as child processes (floor, peer, ours) and autocannon against each, one
 * operation at a time. Prints the tables and writes bench/results/<date>-<sizes>.md and latest.md.
 *
 * Environment: BENCH_SIZES (entities, comma-separated; default 1000,10000), BENCH_DURATION (seconds
 * per operation and target; default 6), BENCH_ROUNDS (interleaved rounds; default 3), BENCH_CONNECTIONS (default 8), BENCH_WARMUP (seconds;
 * default 1), BENCH_SEED (default 42), BENCH_OPS (operation names, default all),
 * BENCH_NEO4J_HEAP / BENCH_NEO4J_PAGE_CACHE (default 1g / 512m), BENCH_IMPORT_ONLY=1 (import and
 * report throughput only), BENCH_VERBOSE=1 (every loader progress line, timed), BENCH_CPU_PROF=<dir>
 * (each server writes a V8 CPU profile there).
 */
const env = process.env;
const settings = {
  sizes: (env.BENCH_SIZES ?? "1000,10000").split(",").map((s) => Number(s.trim())).filter((n) => n > 0),
  duration: Number(env.BENCH_DURATION ?? 6),
  rounds: Number(env.BENCH_ROUNDS ?? 3),
  connections: Number(env.BENCH_CONNECTIONS ?? 8),
  warmup: Number(env.BENCH_WARMUP ?? 1),
  seed: Number(env.BENCH_SEED ?? 42),
  ops: env.BENCH_OPS ? env.BENCH_OPS.split(",").map((s) => s.trim()) : null,
  heap: env.BENCH_NEO4J_HEAP ?? "1g",
  pageCache: env.BENCH_NEO4J_PAGE_CACHE ?? "512m",
};
const PASSWORD = "bench-password-1";
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  say(`[bench] sizes ${settings.sizes.join(", ")}; ${settings.connections} connections, ${settings.duration} s per op and target (+${settings.warmup} s warm-up); ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}`);
  const results: SizeResult[] = [];
  for (const size of settings.sizes) results.push(await benchSize(size));
  const markdown = renderReport(results, { ...settings, cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? "unknown", node: process.version });
  const dir = path.resolve(__dirname, "../../bench/results");
  fs.mkdirSync(dir, { recursive: true });
  // An import-only run keeps its own file and leaves latest.md (the last full run) alone.
  const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}-${settings.sizes.map(sizeName).join("-")}${env.BENCH_IMPORT_ONLY ? "-import" : ""}.md`);
  fs.writeFileSync(file, markdown);
  if (!env.BENCH_IMPORT_ONLY) fs.writeFileSync(path.join(dir, "latest.md"), markdown);
  say(`\n${markdown}`);
  say(`[bench] wrote ${path.relative(process.cwd(), file)}${env.BENCH_IMPORT_ONLY ? "" : " and bench/results/latest.md"}`);
}

export const sizeName = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

async function benchSize(size: number): Promise<SizeResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aig-bench-neo4j-"));
  say(`\n[bench] === ${sizeName(size)} entities: starting Neo4j in ${dataDir} ===`);
  const neo4j = await startLocalNeo4j({ dataDir, port: 0, password: PASSWORD, heap: settings.heap, pageCache: settings.pageCache, startTimeoutMs: 600_000, log: (line) => (env.BENCH_VERBOSE ? say(`[neo4j] ${line}`) : undefined) });
  const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: PASSWORD });
  const db = new GraphDatabase(driver, { timeoutMs: 600_000, logger: silentLogger });
  const servers: ServerChild[] = [];
  try {
    await waitForDatabase(driver, 60_000);
    await applySchema(db, silentLogger);
    const { dataset, report: importReport } = await importSynthetic(db, size, settings.seed, say, neo4j.pid);
    say(
      `[import] ${importReport.nodes} nodes, ${importReport.relationships} relationships in ${(importReport.loadMs / 1000).toFixed(1)} s: ` +
        `${importReport.relationshipsPerSecond} rel/s overall, ${importReport.writeRelationshipsPerSecond} rel/s in the write phase; ` +
        `CPU ${importReport.cpuSeconds.neo4j.toFixed(0)} s Neo4j + ${importReport.cpuSeconds.loader.toFixed(0)} s loader = ${importReport.relationshipsPerCpuSecond} rel per CPU second`,
    );

    if (env.BENCH_IMPORT_ONLY) return { size, importReport, memory: { restMb: 0, peakMb: 0, afterMb: 0 }, ops: [], counts: dataset.counts, loadAverage: os.loadavg()[0] };
    const childEnv = { BENCH_NEO4J_URI: neo4j.uri, BENCH_NEO4J_PASSWORD: PASSWORD };
    const floor = await startServer("floor", childEnv);
    const peer = await startServer("peer", childEnv);
    const ours = await startServer("ours", childEnv);
    servers.push(floor, peer, ours);
    const memory = { restMb: ours.rssMb(), peakMb: 0, afterMb: 0 };
    say(`[bench] servers up (floor :${floor.port}, peer :${peer.port}, ours :${ours.port}); ours RSS at rest ${memory.restMb.toFixed(0)} MB`);

    // A fresh JVM compiles as it goes: warm Neo4j on every operation first, so the operations measured
    // first are not the ones paying for its JIT and query planning.
    const selected = OPERATIONS.filter((o) => !settings.ops || settings.ops.includes(o.name));
    say(`[bench] warming Neo4j up (${selected.length} operations x ${settings.warmup * 2} s through the floor)...`);
    for (const op of selected) await load(`http://127.0.0.1:${floor.port}/`, op.bodies(dataset.samples).floor, settings.warmup * 2);

    const ops: SizeResult["ops"] = [];
    for (const op of OPERATIONS.filter((o) => !settings.ops || settings.ops.includes(o.name))) {
      const bodies = op.bodies(dataset.samples);
      const row: SizeResult["ops"][number] = { op, floor: null, peer: null, ours: null, notes: [] };
      const targets: Target[] = [
        { name: "floor", server: floor, bodies: bodies.floor, url: `http://127.0.0.1:${floor.port}/` },
        ...(bodies.peer ? [{ name: "peer" as const, server: peer, bodies: bodies.peer, url: `http://127.0.0.1:${peer.port}/graphql` }] : []),
        { name: "ours", server: ours, bodies: bodies.ours, url: `http://127.0.0.1:${ours.port}/graphql` },
      ];
      const sampler = setInterval(() => (memory.peakMb = Math.max(memory.peakMb, ours.rssMb())), 200);
      try {
        const measured = await measureOperation(op, targets, neo4j.pid, (target, message) => row.notes.push(`${target}: ${message}`));
        Object.assign(row, measured);
      } finally {
        clearInterval(sampler);
      }
      ops.push(row);
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    memory.afterMb = ours.rssMb();
    return { size, importReport, memory, ops, counts: dataset.counts, loadAverage: os.loadavg()[0] };
  } finally {
    for (const server of servers) await server.stop();
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Target {
  name: "floor" | "peer" | "ours";
  server: ServerChild;
  bodies: string[];
  url: string;
}

/**
 * One operation on every target: check requests (no errors; round trips), a warm-up, then
 * BENCH_ROUNDS rounds in which each target gets duration/rounds seconds in turn, so a burst of load
 * from other processes on this shared machine falls on all three rather than on one.
 */
async function measureOperation(
  op: Operation,
  targets: Target[],
  neo4jPid: number,
  fail: (target: string, message: string) => void,
): Promise<Partial<Record<Target["name"], TargetResult>>> {
  const live: (Target & { roundTrips: string; runs: LoadRun[]; serverCpu: number; neo4jCpu: number })[] = [];
  for (const target of targets) {
    try {
      const trips: number[] = [];
      for (const body of target.bodies.slice(0, 10)) {
        const response = await fetch(target.url, { method: "POST", headers: { "content-type": "application/json" }, body });
        const json = (await response.json()) as { errors?: unknown[]; extensions?: { cypherQueries?: number } };
        if (json.errors?.length) throw new Error(`answered errors: ${JSON.stringify(json.errors).slice(0, 300)}`);
        if (typeof json.extensions?.cypherQueries === "number") trips.push(json.extensions.cypherQueries);
      }
      const roundTrips = target.name === "peer" ? "1/root field" : trips.length ? (Math.min(...trips) === Math.max(...trips) ? String(trips[0]) : `${Math.min(...trips)}-${Math.max(...trips)}`) : "?";
      if (settings.warmup > 0) await load(target.url, target.bodies, settings.warmup);
      live.push({ ...target, roundTrips, runs: [], serverCpu: 0, neo4jCpu: 0 });
    } catch (error) {
      say(`[bench] ${op.name} ${target.name}: ${(error as Error).message}`);
      fail(target.name, (error as Error).message.slice(0, 300));
    }
  }
  const slice = Math.max(1, Math.round(settings.duration / settings.rounds));
  for (let round = 0; round < settings.rounds; round++) {
    for (const target of live) {
      const serverBefore = processCpuSeconds(target.server.pid);
      const neo4jBefore = processCpuSeconds(neo4jPid);
      target.runs.push(await load(target.url, target.bodies, slice));
      target.serverCpu += processCpuSeconds(target.server.pid) - serverBefore;
      target.neo4jCpu += processCpuSeconds(neo4jPid) - neo4jBefore;
    }
  }
  const results: Partial<Record<Target["name"], TargetResult>> = {};
  for (const target of live) {
    const latencies = target.runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN);
    const seconds = target.runs.reduce((sum, r) => sum + r.seconds, 0);
    const result: TargetResult = {
      rps: latencies.length / seconds,
      p50: at(0.5),
      p99: at(0.99),
      errors: target.runs.reduce((sum, r) => sum + r.errors, 0),
      requests: latencies.length,
      roundTrips: target.roundTrips,
      serverCpuMsPerRequest: latencies.length ? (target.serverCpu * 1000) / latencies.length : NaN,
      neo4jCpuMsPerRequest: latencies.length ? (target.neo4jCpu * 1000) / latencies.length : NaN,
    };
    results[target.name] = result;
    say(
      `[bench] ${op.name.padEnd(20)} ${target.name.padEnd(5)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  ` +
        `errors ${result.errors}  round trips ${result.roundTrips}  CPU/req server ${result.serverCpuMsPerRequest.toFixed(2)} ms, Neo4j ${result.neo4jCpuMsPerRequest.toFixed(2)} ms`,
    );
  }
  return results;
}

interface LoadRun {
  latencies: number[];
  errors: number;
  seconds: number;
}

/** autocannon for `seconds`, cycling through the bodies; latencies kept exactly (autocannon's histogram rounds to 1 ms). */
async function load(url: string, bodies: string[], seconds: number): Promise<LoadRun> {
  let next = 0;
  let bodyErrors = 0;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url,
    method: "POST",
    connections: settings.connections,
    duration: seconds,
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) bodyErrors++;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { latencies, errors: result.errors + result.timeouts + result.non2xx + bodyErrors, seconds };
}

main().catch((error) => {
  console.error(`[bench] failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
