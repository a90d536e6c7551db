import { TargetName } from "./check/answers";
import { Operation } from "./operations";
import { ImportReport } from "./synthetic/import";
import { BULK_STEP_MEANINGS } from "../src/seed/seed.bulk-steps";

/** One operation on one target in one mode. */
export interface Measure {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** CPU time per request (ms) of the target's server process, of Neo4j, and of this load generator. */
  serverCpuMs: number;
  neo4jCpuMs: number;
  loaderCpuMs: number;
}

/** latency: 1 connection (unloaded); throughput: BENCH_CONNECTIONS (closed loop, CPU-bound on 2 cores). */
export type Mode = "latency" | "throughput";

export interface SizeResult {
  size: number;
  importReport: ImportReport;
  counts: Record<string, number>;
  memory: { restMb: number; peakMb: number; afterMb: number };
  ops: {
    op: Operation;
    ourRoundTrips: string;
    latency: Partial<Record<TargetName, Measure>>;
    throughput: Partial<Record<TargetName, Measure>>;
  }[];
  /** Seconds until Neo4j's CPU went idle before measuring; null when it never did. */
  settledAfterSeconds: number | null;
  /** Whether db.checkpoint() ran (an Enterprise procedure; Community settles on CPU idle alone). */
  checkpointed: boolean;
  loadAverage: number;
}

export interface ReportMeta {
  sizes: number[];
  samples: number;
  rounds: number;
  connections: number;
  pauseMs: number;
  warmup: number;
  seed: number;
  cores: number;
  cpu: string;
  node: string;
  heap: string;
  pageCache: string;
}

/** Today's online import, relationships per CPU second at 100k (docs/benchmarks.md, "After the fixes"). */
const IMPORT_PER_CPU_TODAY = 2394;

// The targets of issue 16.
export const TARGETS = {
  /** Unloaded p50 (1 connection) at most this multiple of the floor's, at 10k entities and more. */
  latencyVsFloor: 1.2,
  latencyJudgedFrom: 10_000,
  /** Throughput (BENCH_CONNECTIONS) at least this multiple of the peer's, on what the peer expresses. */
  throughputVsPeer: 1.5,
  /** Index-backed p50 at 100k at most this multiple of p50 at 1k. */
  scaling: 1.3,
  /** Import of the 100k graph, relationships per second (the issue asks it of a bulk path). */
  importRate: 20_000,
  /** Online import: relationships per CPU second (Neo4j + loader) at least 2x today's. */
  importPerCpuSecond: 2 * IMPORT_PER_CPU_TODAY,
};

const num = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? "-" : n.toFixed(digits));
const ms = (n: number | undefined) => num(n, n !== undefined && n < 10 ? 2 : 1);
const cpu = (n: number | undefined) => num(n, 2);
const sizeName = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const TARGET_NAMES: TargetName[] = ["floor", "peer", "ours"];
const each = (m: Partial<Record<TargetName, Measure>>, pick: (x: Measure) => string) =>
  TARGET_NAMES.map((t) => (m[t] ? pick(m[t]) : "n/a")).join(" / ");
const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? a / b : NaN);
const verdict = (met: boolean) => (met ? "**met**" : "**MISSED**");
const notes = (op: Operation) => {
  const said = [op.peerNote, op.reference].filter(Boolean);
  return said.length ? ` (${said.join("; ")})` : "";
};
/** The operations the targets judge: all but the reference measurements. */
const judgedOps = (r: SizeResult) => r.ops.filter((row) => !row.op.reference);

/** The Markdown report: per-size tables (latency, throughput), scaling, import, memory, and each target met or missed, all from the data. */
export function renderReport(results: SizeResult[], meta: ReportMeta): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(`# Benchmark results ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`, "");
  push(
    `Sizes ${meta.sizes.map(sizeName).join(", ")} entities (seed ${meta.seed}). Per operation, target and mode ${meta.samples} requested samples in ${meta.rounds} rounds (targets rotated each round, ${meta.pauseMs} ms pause between slices), after check requests, EXPLAIN of the floor and settling; ` +
      `latency = 1 connection, throughput = ${meta.connections} connections (closed loop). ${meta.cores} cores (${meta.cpu}), Node ${meta.node}, Neo4j 5.26 Community embedded (heap ${meta.heap}, page cache ${meta.pageCache}). ` +
      `The load generator (this process), the three servers and Neo4j share the machine; its CPU per request is reported too.`,
    "",
    "floor = one hand-written, selection-minimal auto-commit Cypher statement per operation behind a bare node:http handler; peer = @neo4j/graphql 7 behind Apollo Server + express (the same HTTP stack as ours); ours = this API. Every target's answers were compared on the check requests before measuring (same rows). Latencies in ms; CPU in ms per request; triples are floor / peer / ours.",
  );
  for (const r of results.filter((x) => x.ops.length > 0)) {
    push("", `## ${sizeName(r.size)} entities (${r.importReport.nodes} nodes, ${r.importReport.relationships} relationships)`, "");
    push(
      `Settled: ${r.settledAfterSeconds === null ? "Neo4j's CPU never went idle before measuring (the figures are suspect)" : `Neo4j idle ${r.settledAfterSeconds.toFixed(0)} s after ${r.checkpointed ? "a checkpoint" : "indexes were online (no db.checkpoint() in Community)"}`}; load average ${r.loadAverage.toFixed(2)} at the end.`,
      "",
    );
    push("**Latency (1 connection)**", "");
    push(
      "| operation | p50 f/p/o | p99 f/p/o | samples f/p/o | errors f/p/o | ours/floor p50 | ours round trips | server CPU f/p/o | Neo4j CPU f/p/o | load generator CPU f/p/o |",
    );
    push("|---|--:|--:|--:|:-:|--:|:-:|--:|--:|--:|");
    for (const row of r.ops) {
      const m = row.latency;
      push(
        `| ${row.op.label}${notes(row.op)} | ${each(m, (x) => ms(x.p50))} | ${each(m, (x) => ms(x.p99))} | ${each(m, (x) => String(x.requests))} | ${each(m, (x) => String(x.errors))} | ` +
          `${num(ratio(m.ours?.p50, m.floor?.p50), 2)} | ${row.ourRoundTrips} | ${each(m, (x) => cpu(x.serverCpuMs))} | ${each(m, (x) => cpu(x.neo4jCpuMs))} | ${each(m, (x) => cpu(x.loaderCpuMs))} |`,
      );
    }
    push("", `**Throughput (${meta.connections} connections)**`, "");
    push(
      "| operation | req/s f/p/o | p50 f/p/o | p99 f/p/o | samples f/p/o | errors f/p/o | ours/peer req/s | server CPU f/p/o | Neo4j CPU f/p/o | load generator CPU f/p/o |",
    );
    push("|---|--:|--:|--:|--:|:-:|--:|--:|--:|--:|");
    for (const row of r.ops) {
      const m = row.throughput;
      push(
        `| ${row.op.label} | ${each(m, (x) => num(x.rps))} | ${each(m, (x) => ms(x.p50))} | ${each(m, (x) => ms(x.p99))} | ${each(m, (x) => String(x.requests))} | ${each(m, (x) => String(x.errors))} | ` +
          `${m.peer ? num(ratio(m.ours?.rps, m.peer.rps), 2) : "n/a"} | ${each(m, (x) => cpu(x.serverCpuMs))} | ${each(m, (x) => cpu(x.neo4jCpuMs))} | ${each(m, (x) => cpu(x.loaderCpuMs))} |`,
      );
    }
    const thin = r.ops.flatMap((row) =>
      TARGET_NAMES.filter((t) => row.latency[t] && row.latency[t].requests < 2000).map((t) => `${row.op.name} ${t}`),
    );
    if (thin.length) push("", `Fewer than 2,000 latency samples (p99 is rough): ${thin.join(", ")}.`);
  }

  const measured = results.filter((x) => x.ops.length > 0);
  const small = measured[0];
  const large = measured[measured.length - 1];
  if (measured.length >= 2) {
    push(
      "",
      `## Scaling: ${sizeName(small.size)} -> ${sizeName(large.size)} entities (${(large.size / small.size).toFixed(0)}x), p50 at 1 connection`,
      "",
    );
    push("| operation | index-backed | ours p50 small | ours p50 large | ours large/small | floor large/small | peer large/small |");
    push("|---|:-:|--:|--:|--:|--:|--:|");
    for (const row of large.ops) {
      const before = small.ops.find((x) => x.op.name === row.op.name);
      if (!before) continue;
      const grow = (t: TargetName) => num(ratio(row.latency[t]?.p50, before.latency[t]?.p50), 2);
      push(
        `| ${row.op.label} | ${row.op.indexBacked ? "yes" : "no"} | ${ms(before.latency.ours?.p50)} | ${ms(row.latency.ours?.p50)} | ${grow("ours")} | ${grow("floor")} | ${row.latency.peer ? grow("peer") : "n/a"} |`,
      );
    }
  }

  push("", "## Import (synthetic seeds: `online` through src/seed/seed.loader.ts, `bulk` through src/seed/seed.bulk.ts)", "");
  push(
    "| size | path | folders | nodes | relationships | whole load (read, validate, resolve, write) | rel/s overall | write phase | rel/s write phase | CPU s (Neo4j + loader) | rel per CPU s |",
  );
  push("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
  for (const r of results) {
    const i = r.importReport;
    push(
      `| ${sizeName(r.size)} | ${i.path ?? "online"} | ${i.folders} | ${i.nodes} | ${i.relationships} | ${(i.loadMs / 1000).toFixed(1)} s | ${i.relationshipsPerSecond} | ${(i.writeMs / 1000).toFixed(1)} s | ${i.writeRelationshipsPerSecond} | ${i.cpuSeconds.neo4j.toFixed(0)} + ${i.cpuSeconds.loader.toFixed(0)} | ${i.relationshipsPerCpuSecond} |`,
    );
  }
  const bulkSteps = results.filter((r) => r.importReport.stepsMs);
  if (bulkSteps.length) {
    push(
      "",
      `Bulk path, wall clock of each step: ${Object.entries(BULK_STEP_MEANINGS)
        .map(([step, meaning]) => `${step} = ${meaning}`)
        .join("; ")}.`,
      "",
    );
    for (const r of bulkSteps) {
      const steps = Object.entries(r.importReport.stepsMs ?? {}).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`);
      push(`- ${sizeName(r.size)}: ${steps.join(", ")}`);
    }
  }

  if (measured.length) {
    push(
      "",
      "## Memory of the API process (RSS)",
      "",
      "| size | at rest (started, before any request) | peak under load | at rest after the run |",
      "|---|--:|--:|--:|",
    );
    for (const r of measured)
      push(`| ${sizeName(r.size)} | ${num(r.memory.restMb)} MB | ${num(r.memory.peakMb)} MB | ${num(r.memory.afterMb)} MB |`);
  }

  push("", "## Targets (issue 16), judged from this run's data", "");
  push(...targetLines(results));
  push("");
  return lines.join("\n");
}

/** One line per target and case: met, missed, or why it was not judged in this run. */
export function targetLines(results: SizeResult[]): string[] {
  const out: string[] = [];
  const measured = results.filter((x) => x.ops.length > 0);
  const judged = measured.filter((r) => r.size >= TARGETS.latencyJudgedFrom);
  out.push(`**Unloaded p50 (1 connection) within ${TARGETS.latencyVsFloor}x of the floor, at 10k and 100k:**`);
  if (!judged.length) out.push(`- not judged: no size of ${sizeName(TARGETS.latencyJudgedFrom)} entities or more was measured.`);
  for (const r of judged) {
    const stack = stackCost(r);
    for (const row of judgedOps(r)) {
      const x = ratio(row.latency.ours?.p50, row.latency.floor?.p50);
      if (Number.isNaN(x)) continue;
      const floorP50 = row.latency.floor!.p50;
      const fromStack = stack === undefined ? "" : ` (the stack alone: ${(1 + stack.extraMs / floorP50).toFixed(2)}x)`;
      out.push(`- ${sizeName(r.size)} ${row.op.name}: ${x.toFixed(2)}x ${verdict(x <= TARGETS.latencyVsFloor)}${fromStack}`);
    }
    if (stack)
      out.push(
        `- ${sizeName(r.size)}, the stack with no database work (\`stack\`): ours p50 ${ms(stack.oursMs)} ms against the floor's ${ms(stack.floorMs)} ms. ` +
          `Every other request of ours carries that ${ms(stack.extraMs)} ms more than the floor's before any Cypher runs; "the stack alone" above is the ratio it gives by itself, ` +
          `on the floor's own p50 for the operation (ours' database work being no less than the floor's).`,
      );
  }
  out.push(
    "",
    `**Throughput (BENCH_CONNECTIONS connections) at least ${TARGETS.throughputVsPeer}x the peer, where the peer can express the operation:**`,
  );
  for (const r of measured) {
    for (const row of judgedOps(r)) {
      if (!row.throughput.peer) continue;
      const x = ratio(row.throughput.ours?.rps, row.throughput.peer.rps);
      out.push(`- ${sizeName(r.size)} ${row.op.name}: ${x.toFixed(2)}x ${verdict(x >= TARGETS.throughputVsPeer)}`);
    }
  }
  if (!measured.some((r) => judgedOps(r).some((row) => row.throughput.peer)))
    out.push("- not judged: no operation the peer expresses was measured.");
  out.push("", `**Index-backed p50 (1 connection) at 100k within ${TARGETS.scaling}x of 1k:**`);
  const at1k = measured.find((r) => r.size === 1000);
  const at100k = measured.find((r) => r.size === 100_000);
  if (!at1k || !at100k) out.push("- not judged: needs BENCH_SIZES with 1000 and 100000.");
  else {
    for (const row of judgedOps(at100k).filter((x) => x.op.indexBacked)) {
      const before = at1k.ops.find((x) => x.op.name === row.op.name);
      const x = ratio(row.latency.ours?.p50, before?.latency.ours?.p50);
      if (!Number.isNaN(x)) out.push(`- ${row.op.name}: ${x.toFixed(2)}x ${verdict(x <= TARGETS.scaling)}`);
    }
  }
  out.push("", "**Import, judged at 100k only:**");
  const import100k = results.find((r) => r.size === 100_000)?.importReport;
  if (!import100k) out.push("- not judged: 100k entities were not imported in this run.");
  else {
    const bulk = import100k.path === "bulk";
    // Each target is about one path: the run measured one (BENCH_IMPORT_PATH), the other is not judged.
    out.push(
      bulk
        ? `- bulk path at ${TARGETS.importRate} rel/s or more: ${import100k.relationshipsPerSecond} rel/s ${verdict(import100k.relationshipsPerSecond >= TARGETS.importRate)}`
        : `- bulk path at ${TARGETS.importRate} rel/s or more: not judged (this run measured the online path; BENCH_IMPORT_PATH=bulk measures it)`,
    );
    if (bulk) out.push("- online path per CPU second: not judged (this run measured the bulk path)");
    else
      out.push(
        `- online path at 2x today's ${IMPORT_PER_CPU_TODAY} relationships per CPU second (Neo4j + loader), i.e. ${TARGETS.importPerCpuSecond}: ${import100k.relationshipsPerCpuSecond} ${verdict(import100k.relationshipsPerCpuSecond >= TARGETS.importPerCpuSecond)}`,
      );
  }
  const errors = measured.flatMap((r) =>
    r.ops.flatMap((row) =>
      (["latency", "throughput"] as Mode[]).flatMap((mode) =>
        TARGET_NAMES.filter((t) => (row[mode][t]?.errors ?? 0) > 0).map(
          (t) => `${sizeName(r.size)} ${row.op.name} ${t} (${mode}): ${row[mode][t]!.errors}`,
        ),
      ),
    ),
  );
  if (errors.length) out.push("", "**Errors under load** (a target that errs is not measured fairly):", ...errors.map((e) => `- ${e}`));
  return out;
}

/** What the stack reference (the `stack` operation) measured at 1 connection, when it was measured. */
function stackCost(r: SizeResult): { oursMs: number; floorMs: number; extraMs: number } | undefined {
  const row = r.ops.find((x) => x.op.name === "stack");
  const [oursMs, floorMs] = [row?.latency.ours?.p50, row?.latency.floor?.p50];
  if (oursMs === undefined || floorMs === undefined) return undefined;
  return { oursMs, floorMs, extraMs: oursMs - floorMs };
}
