import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GraphDatabase } from "../../src/db/graph-database";
import { LocalNeo4j } from "../../src/db/local-neo4j";
import { bulkLoadSeeds } from "../../src/seed/seed.bulk";
import { BulkStep } from "../../src/seed/seed.bulk-steps";
import { loadSeedRoot } from "../../src/seed/seed.loader";
import { listSeedFolders } from "../../src/seed/seed.reader";
import { generateSyntheticGraph, SyntheticDataset } from "./generator";
import { writeSyntheticSeeds } from "./write";

export interface ImportReport {
  /** `online`: seed.loader.ts into a running Neo4j; `bulk`: seed.bulk.ts (offline importer, then schema). */
  path?: "online" | "bulk";
  entities: number;
  folders: number;
  nodes: number;
  relationships: number;
  /** Generating and writing the seed files. */
  generateMs: number;
  /** The whole loadSeeds call: reading, validating, resolving, writing. */
  loadMs: number;
  /** From the first write transaction to the end (what the database does). */
  writeMs: number;
  /** Relationships in the graph / loadMs. */
  relationshipsPerSecond: number;
  /** Relationships in the graph / writeMs. */
  writeRelationshipsPerSecond: number;
  /** CPU seconds used during the load by Neo4j (for bulk: the importer and the started Neo4j) and by this process (reading, validating, planning). */
  cpuSeconds: { neo4j: number; loader: number };
  /** Relationships per CPU second of Neo4j + loader: comparable across runs on a busy machine. */
  relationshipsPerCpuSecond: number;
  /** The bulk path only: wall-clock milliseconds of each of its steps (seed.bulk-steps.ts). */
  stepsMs?: Record<BulkStep, number>;
}

/** CPU seconds (user + system) a process has used so far, from /proc; 0 where /proc is missing. */
export function processCpuSeconds(pid: number): number {
  try {
    const fields = fs
      .readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

/** CPU seconds of this process's children that have exited and been waited for (the importer's JVM). */
function exitedChildrenCpuSeconds(): number {
  try {
    const fields = fs
      .readFileSync("/proc/self/stat", "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime
  } catch {
    return 0;
  }
}

/**
 * The bulk path (BENCH_IMPORT_PATH=bulk): generates the same synthetic seeds and fills a new database in
 * `dataDir` through seed.bulk.ts, which leaves Neo4j running with the schema applied and indexes online.
 * "Write phase" is the importer's run; CPU counts the importer's JVM, the started Neo4j and this process.
 */
export async function importSyntheticBulk(
  dataDir: string,
  neo4jSettings: { password: string; heap?: string; pageCache?: string },
  entities: number,
  seed: number,
  progress: (line: string) => void,
): Promise<{ dataset: SyntheticDataset; report: ImportReport; neo4j: LocalNeo4j }> {
  const generateStarted = Date.now();
  const dataset = generateSyntheticGraph({ entities, seed });
  const root = path.join(os.tmpdir(), `aig-bench-seeds-${process.pid}-${entities}`);
  writeSyntheticSeeds(dataset, root);
  const generateMs = Date.now() - generateStarted;
  progress(
    `[import] generated ${dataset.counts.entities} entities in ${dataset.folders.length} folders (${generateMs} ms); bulk import...`,
  );
  const childrenBefore = exitedChildrenCpuSeconds();
  const loaderCpuBefore = process.cpuUsage();
  const loadStarted = Date.now();
  const report = await bulkLoadSeeds(listSeedFolders(root), { dataDir, ...neo4jSettings }, progress, {
    keepRunning: true,
  });
  const loadMs = Date.now() - loadStarted;
  fs.rmSync(root, { recursive: true, force: true });
  const loaderCpu = process.cpuUsage(loaderCpuBefore);
  const cpuSeconds = {
    neo4j: exitedChildrenCpuSeconds() - childrenBefore + processCpuSeconds(report.neo4j!.pid),
    loader: (loaderCpu.user + loaderCpu.system) / 1e6,
  };
  return {
    dataset,
    neo4j: report.neo4j!,
    report: {
      ...rates("bulk", entities, dataset, report, { generateMs, loadMs, writeMs: report.stepsMs.import }, cpuSeconds),
      stepsMs: report.stepsMs,
    },
  };
}

/**
 * Generates a synthetic graph, writes it as seed folders and loads them through the same pipeline as
 * the real seeds (src/seed/seed.loader.ts), timing the whole import and its write phase.
 */
export async function importSynthetic(
  db: GraphDatabase,
  entities: number,
  seed: number,
  progress: (line: string) => void,
  neo4jPid?: number,
): Promise<{ dataset: SyntheticDataset; report: ImportReport }> {
  const generateStarted = Date.now();
  const dataset = generateSyntheticGraph({ entities, seed });
  const root = path.join(os.tmpdir(), `aig-bench-seeds-${process.pid}-${entities}`);
  writeSyntheticSeeds(dataset, root);
  const generateMs = Date.now() - generateStarted;
  progress(`[import] generated ${dataset.counts.entities} entities in ${dataset.folders.length} folders (${generateMs} ms); loading...`);

  let firstWrite = 0;
  let lastLine = 0;
  const neo4jCpuBefore = neo4jPid ? processCpuSeconds(neo4jPid) : 0;
  const loaderCpuBefore = process.cpuUsage();
  const loadStarted = Date.now();
  const report = await loadSeedRoot(db, root, (line) => {
    if (!firstWrite && line.startsWith("[seed]")) firstWrite = Date.now();
    // One line per folder is enough on a long import.
    if (process.env.BENCH_VERBOSE) progress(`[import +${((Date.now() - loadStarted) / 1000).toFixed(1)} s] ${line}`);
    else if (/: \d+ entities,/.test(line) && Date.now() - lastLine > 3000) {
      lastLine = Date.now();
      progress(`[import] ${line.replace("[seed] ", "")} (${((Date.now() - loadStarted) / 1000).toFixed(0)} s)`);
    }
  });
  const end = Date.now();
  fs.rmSync(root, { recursive: true, force: true });
  const loadMs = end - loadStarted;
  const writeMs = end - (firstWrite || loadStarted);
  const loaderCpu = process.cpuUsage(loaderCpuBefore);
  const cpuSeconds = {
    neo4j: neo4jPid ? processCpuSeconds(neo4jPid) - neo4jCpuBefore : 0,
    loader: (loaderCpu.user + loaderCpu.system) / 1e6,
  };
  return {
    dataset,
    report: rates("online", entities, dataset, report, { generateMs, loadMs, writeMs }, cpuSeconds),
  };
}

/** The report of either path: the graph's counts, the times, and the rates derived from them. */
function rates(
  importPath: "online" | "bulk",
  entities: number,
  dataset: SyntheticDataset,
  graph: { nodes: number; relationships: number },
  times: { generateMs: number; loadMs: number; writeMs: number },
  cpuSeconds: { neo4j: number; loader: number },
): ImportReport {
  return {
    path: importPath,
    entities,
    folders: dataset.folders.length,
    nodes: graph.nodes,
    relationships: graph.relationships,
    ...times,
    relationshipsPerSecond: Math.round(graph.relationships / (times.loadMs / 1000)),
    writeRelationshipsPerSecond: Math.round(graph.relationships / (times.writeMs / 1000)),
    cpuSeconds,
    relationshipsPerCpuSecond: Math.round(graph.relationships / (cpuSeconds.neo4j + cpuSeconds.loader)),
  };
}
