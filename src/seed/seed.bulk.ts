import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { silentLogger } from "../common/logger";
import { applySchema } from "../db/apply-schema";
import { cypher } from "../db/cypher-files";
import { createDriver, waitForDatabase } from "../db/driver";
import { GraphDatabase } from "../db/graph-database";
import { LocalNeo4j, startLocalNeo4j } from "../db/local-neo4j";
import { runningBoltUri } from "../db/local-neo4j-address";
import { importIntoLocalNeo4j } from "../db/local-neo4j-import";
import { ARRAY_DELIMITER, EMPTY_LIST, writeImportFiles } from "./seed.bulk-csv";
import { buildBulkGraph } from "./seed.bulk-graph";
import { planSeeds, writeOrder } from "./seed.loader";
import { BULK_STEPS, BulkStep } from "./seed.bulk-steps";

export interface BulkTarget {
  /** The local DBMS home (as `npm start` uses it); it must hold no database and not be running. */
  dataDir: string;
  user?: string;
  password: string;
  heap?: string;
  pageCache?: string;
}

export interface BulkReport {
  sources: string[];
  nodes: number;
  relationships: number;
  /** Wall-clock milliseconds: planning, CSV files, import, start with schema and indexes online. */
  ms: number;
  /** Wall-clock milliseconds of each step (BULK_STEPS), the importer's run among them; they add up to `ms`. */
  stepsMs: Record<BulkStep, number>;
}

/** A refusal that names what to do instead (a database in the way, or a running one). */
export class BulkRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BulkRefusedError";
  }
}

/**
 * Fills an empty local database from seed folders with Neo4j's offline importer: validates and plans
 * every folder exactly as the online load does (nothing is written if any is invalid), builds the graph
 * that load would leave (seed.bulk-graph.ts), writes it as CSV, imports it, then starts Neo4j, applies
 * cypher/schema/ and waits until every index is online. The audit trail (Change records) is not written:
 * the import is the database's starting point. Returns with Neo4j running when `keepRunning` is set.
 */
export async function bulkLoadSeeds(
  folders: string[],
  target: BulkTarget,
  progress: (line: string) => void = () => undefined,
  options: { keepRunning?: boolean } = {},
): Promise<BulkReport & { neo4j?: LocalNeo4j }> {
  const started = Date.now();
  const dataDir = path.resolve(target.dataDir);
  if (runningBoltUri(dataDir))
    throw new BulkRefusedError(
      `Neo4j is running on ${dataDir}: the bulk import fills only a stopped, empty database. Stop it, or load online with \`npm run seed\`.`,
    );
  const store = path.join(dataDir, "data", "databases", "neo4j");
  if (existsSync(store))
    throw new BulkRefusedError(
      `${dataDir} holds a database already (${store}): the bulk import fills only a new one. Load online with \`npm run seed\`, or move ${dataDir} away (or set NEO4J_DATA_DIR to a new folder) and run again.`,
    );

  const stepsMs = Object.fromEntries(BULK_STEPS.map((step) => [step, 0])) as Record<BulkStep, number>;
  let stepStarted = started;
  /** Ends the running step: its time goes to `step`, and the next one starts now. */
  const lap = (step: BulkStep): string => {
    const now = Date.now();
    stepsMs[step] = now - stepStarted;
    stepStarted = now;
    return `${(stepsMs[step] / 1000).toFixed(1)} s`;
  };

  const { plans } = await planSeeds(folders, async () => []);
  const ordered = writeOrder(plans);
  progress(`[seed] bulk: ${ordered.length} folders validated and planned in ${lap("plan")}; building the graph`);
  const graph = buildBulkGraph(ordered);
  progress(`[seed] bulk: graph built in ${lap("graph")}; writing the CSV files`);
  const csvDir = await mkdtemp(path.join(os.tmpdir(), "aig-bulk-"));
  let neo4j: LocalNeo4j | undefined;
  let handedOver = false;
  try {
    const files = await writeImportFiles(graph, csvDir);
    progress(
      `[seed] bulk: ${graph.nodes.length} nodes, ${graph.edges.length} relationships in ${files.nodes.length + files.relationships.length} CSV files, written in ${lap("files")}; importing`,
    );
    await importIntoLocalNeo4j(files, {
      dataDir,
      arrayDelimiter: ARRAY_DELIMITER,
      log: (line) => {
        if (/^\(\d\/\d\)|IMPORT DONE|Imported|nodes$|relationships$|properties$/.test(line.trim())) progress(`[import] ${line.trim()}`);
      },
    });
    progress(`[seed] bulk: imported in ${lap("import")}; starting Neo4j to build constraints and indexes`);
    neo4j = await startLocalNeo4j({
      dataDir,
      port: 0,
      user: target.user,
      password: target.password,
      heap: target.heap,
      pageCache: target.pageCache,
    });
    const db = new GraphDatabase(createDriver({ uri: neo4j.uri, user: target.user ?? "neo4j", password: target.password }), {
      timeoutMs: 600_000,
      logger: silentLogger,
    });
    try {
      await waitForDatabase(db.driver, 60_000);
      progress(
        `[seed] bulk: Neo4j started in ${lap("start")}; restoring the empty lists in ${files.emptyLists.length} place${files.emptyLists.length === 1 ? "" : "s"}`,
      );
      for (const site of files.emptyLists) {
        const params = { ...site, empty: EMPTY_LIST, restored: { [site.property]: [] } };
        if ("labels" in site) await db.runStatement(cypher("maintenance/bulk-restore-empty-lists"), params);
        else await db.runStatement(cypher("maintenance/bulk-restore-empty-lists-relationships"), params);
      }
      progress(`[seed] bulk: empty lists restored in ${lap("emptyLists")}; building constraints and indexes`);
      await applySchema(db, silentLogger);
      progress(`[seed] bulk: constraints and indexes online in ${lap("schema")}`);
      await db.runStatement(cypher("load-refresh-statistics")).catch(() => undefined);
      const [counts] = await db.read<{ nodes: number; relationships: number }>("count-graph");
      lap("statistics");
      handedOver = options.keepRunning === true;
      return {
        sources: ordered.map((p) => p.source.slug as string),
        nodes: counts.nodes,
        relationships: counts.relationships,
        // The steps cover the whole load, so its time is where the last one ended.
        ms: stepStarted - started,
        stepsMs,
        neo4j: options.keepRunning ? neo4j : undefined,
      };
    } finally {
      await db.close();
    }
  } finally {
    if (!handedOver) await neo4j?.stop();
    await rm(csvDir, { recursive: true, force: true });
  }
}
