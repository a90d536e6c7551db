import { Operation } from "./operations";
import { ImportReport } from "./synthetic/import";

export interface TargetResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** Cypher round trips per operation (ours: extensions.cypherQueries; floor: counted; peer: by design). */
  roundTrips: string;
  /** CPU time of the server process per request (ms): robust to other load on the machine. */
  serverCpuMsPerRequest: number;
  /** CPU time of Neo4j per request (ms) while this target was loaded. */
  neo4jCpuMsPerRequest: number;
}

export interface SizeResult {
  size: number;
  importReport: ImportReport;
  counts: Record<string, number>;
  memory: { restMb: number; peakMb: number; afterMb: number };
  ops: { op: Operation; floor: TargetResult | null; peer: TargetResult | null; ours: TargetResult | null; unavailable?: string; notes: string[] }[];
  loadAverage: number;
}

export interface ReportMeta {
  sizes: number[];
  duration: number;
  connections: number;
  warmup: number;
  rounds: number;
  seed: number;
  cores: number;
  cpu: string;
  node: string;
  heap: string;
  pageCache: string;
}

const TARGET_P50_RATIO = 1.5;
const TARGET_SCALING = 1.5;
const TARGET_IMPORT = 20_000;

const num = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? "-" : n.toFixed(digits));
const ms = (n: number | undefined) => num(n, n !== undefined && n < 10 ? 2 : 1);
const cpu = (n: number | undefined) => num(n, 2);
const sizeName = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** The Markdown report: per-size tables, scaling, memory, import, and which targets were met. */
export function renderReport(results: SizeResult[], meta: ReportMeta): string {
  const lines: string[] = [];
  lines.push(`# Benchmark results ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);
  lines.push("");
  lines.push(
    `Sizes ${meta.sizes.map(sizeName).join(", ")} entities (seed ${meta.seed}); autocannon with ${meta.connections} connections, ${meta.duration} s per operation and target (in ${meta.rounds} interleaved rounds) after ${meta.warmup} s warm-up; ` +
      `${meta.cores} cores (${meta.cpu}), Node ${meta.node}, Neo4j 5.26 Community embedded (heap ${meta.heap}, page cache ${meta.pageCache}). ` +
      `Load generator, the three servers and Neo4j share the machine, which other engineers were using for test runs at the same time: absolute numbers are noisy, ratios from one run are the signal, and CPU time per request (from /proc, per process) is the measure least disturbed by the other load.`,
  );
  lines.push("");
  lines.push("floor = hand-written Cypher through the driver behind a bare node:http handler; peer = @neo4j/graphql 7 behind Apollo Server + express (the same HTTP stack as ours); ours = this API. Latencies in ms.");
  for (const result of results) {
    lines.push("");
    lines.push(`## ${sizeName(result.size)} entities (${result.importReport.nodes} nodes, ${result.importReport.relationships} relationships; load average ${result.loadAverage.toFixed(2)} at the end)`);
    lines.push("");
    lines.push("| operation | floor req/s | floor p50 | floor p99 | peer req/s | peer p50 | peer p99 | ours req/s | ours p50 | ours p99 | errors f/p/o | round trips f/p/o | server CPU ms/req f/p/o | Neo4j CPU ms/req f/p/o | ours/floor p50 | ours/peer req/s |");
    lines.push("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|:-:|:-:|:-:|--:|--:|");
    for (const row of result.ops) {
      if (row.unavailable) {
        lines.push(`| ${row.op.label} | ${row.unavailable} | | | | | | | | | | | | |`);
        continue;
      }
      const { floor, peer, ours } = row;
      const peerCells = peer ? [num(peer.rps), ms(peer.p50), ms(peer.p99)] : ["n/a", "", ""];
      lines.push(
        `| ${row.op.label}${row.op.peerNote ? ` (${row.op.peerNote})` : ""} | ${num(floor?.rps)} | ${ms(floor?.p50)} | ${ms(floor?.p99)} | ${peerCells.join(" | ")} | ${num(ours?.rps)} | ${ms(ours?.p50)} | ${ms(ours?.p99)} | ` +
          `${floor?.errors ?? "-"}/${peer ? peer.errors : "n/a"}/${ours?.errors ?? "-"} | ${floor?.roundTrips ?? "-"} / ${peer ? peer.roundTrips : "n/a"} / ${ours?.roundTrips ?? "-"} | ` +
          `${cpu(floor?.serverCpuMsPerRequest)} / ${peer ? cpu(peer.serverCpuMsPerRequest) : "n/a"} / ${cpu(ours?.serverCpuMsPerRequest)} | ` +
          `${cpu(floor?.neo4jCpuMsPerRequest)} / ${peer ? cpu(peer.neo4jCpuMsPerRequest) : "n/a"} / ${cpu(ours?.neo4jCpuMsPerRequest)} | ` +
          `${ours && floor ? num(ours.p50 / floor.p50, 2) : "-"} | ${ours && peer ? num(ours.rps / peer.rps, 2) : "n/a"} |`,
      );
    }
    const notes = result.ops.flatMap((row) => row.notes.map((note) => `- ${row.op.label}, ${note}`));
    if (notes.length) lines.push("", "Failures (the target answered errors on a check request, so it was not loaded):", "", ...notes);
  }

  if (results.length >= 2) {
    const small = results[0];
    const large = results[results.length - 1];
    lines.push("");
    lines.push(`## Scaling: ${sizeName(small.size)} -> ${sizeName(large.size)} entities (${(large.size / small.size).toFixed(0)}x)`);
    lines.push("");
    lines.push("| operation | index-backed | ours p50 small | ours p50 large | ours large/small | floor large/small | peer large/small |");
    lines.push("|---|:-:|--:|--:|--:|--:|--:|");
    for (const row of large.ops) {
      if (row.unavailable) continue;
      const before = small.ops.find((r) => r.op.name === row.op.name);
      const ratio = (a?: TargetResult | null, b?: TargetResult | null) => (a && b ? num(a.p50 / b.p50, 2) : "n/a");
      lines.push(`| ${row.op.label} | ${row.op.indexBacked ? "yes" : "no"} | ${ms(before?.ours?.p50)} | ${ms(row.ours?.p50)} | ${ratio(row.ours, before?.ours)} | ${ratio(row.floor, before?.floor)} | ${ratio(row.peer, before?.peer)} |`);
    }
  }

  lines.push("");
  lines.push("## Import (synthetic seeds through src/seed/seed.loader.ts)");
  lines.push("");
  lines.push("| size | folders | nodes | relationships | whole load (read, validate, resolve, write) | rel/s overall | write phase | rel/s write phase | CPU s (Neo4j + loader) | rel per CPU s |");
  lines.push("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
  for (const r of results) {
    const i = r.importReport;
    lines.push(`| ${sizeName(r.size)} | ${i.folders} | ${i.nodes} | ${i.relationships} | ${(i.loadMs / 1000).toFixed(1)} s | ${i.relationshipsPerSecond} | ${(i.writeMs / 1000).toFixed(1)} s | ${i.writeRelationshipsPerSecond} | ${i.cpuSeconds.neo4j.toFixed(0)} + ${i.cpuSeconds.loader.toFixed(0)} | ${i.relationshipsPerCpuSecond} |`);
  }

  lines.push("");
  lines.push("## Memory of the API process (RSS)");
  lines.push("");
  lines.push("| size | at rest (started, before any request) | peak under load | at rest after the run |");
  lines.push("|---|--:|--:|--:|");
  for (const r of results.filter((x) => x.ops.length > 0)) lines.push(`| ${sizeName(r.size)} | ${num(r.memory.restMb)} MB | ${num(r.memory.peakMb)} MB | ${num(r.memory.afterMb)} MB |`);

  lines.push("");
  lines.push("## Targets");
  lines.push("");
  for (const r of results) {
    for (const row of r.ops) {
      if (row.unavailable || !row.ours || !row.floor) continue;
      const ratio = row.ours.p50 / row.floor.p50;
      if (ratio > TARGET_P50_RATIO) lines.push(`- MISSED at ${sizeName(r.size)}: ${row.op.label} p50 is ${ratio.toFixed(2)}x the floor (target <= ${TARGET_P50_RATIO}x).`);
      if (row.peer && row.ours.rps < row.peer.rps) lines.push(`- MISSED at ${sizeName(r.size)}: ${row.op.label} throughput is ${(row.ours.rps / row.peer.rps).toFixed(2)}x the peer's (target >= 1x).`);
      if (row.ours.errors > 0) lines.push(`- ${row.ours.errors} errors at ${sizeName(r.size)} on ${row.op.label}.`);
    }
    if (r.importReport.relationshipsPerSecond < TARGET_IMPORT) lines.push(`- MISSED at ${sizeName(r.size)}: import ${r.importReport.relationshipsPerSecond} rel/s overall (target >= ${TARGET_IMPORT}).`);
  }
  if (results.length >= 2) {
    const small = results[0];
    const large = results[results.length - 1];
    for (const row of large.ops) {
      const before = small.ops.find((r) => r.op.name === row.op.name);
      if (!row.op.indexBacked || !row.ours || !before?.ours) continue;
      const ratio = row.ours.p50 / before.ours.p50;
      if (ratio >= TARGET_SCALING) lines.push(`- MISSED: ${row.op.label} p50 grows ${ratio.toFixed(2)}x from ${sizeName(small.size)} to ${sizeName(large.size)} (target < ${TARGET_SCALING}x).`);
    }
  }
  if (!lines[lines.length - 1].startsWith("- ")) lines.push("- All measured targets met in this run.");
  lines.push("");
  return lines.join("\n");
}
