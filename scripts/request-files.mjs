// Which source files one GraphQL request runs code in: the walkthrough figure of docs/architecture.md.
// `npm run --silent build && node scripts/request-files.mjs [query]` starts a throwaway local Neo4j
// with the seeds, sends the query once to warm up (one-time set-up is not the request's path), then
// once under V8's precise coverage, and prints the src/ files with a function that ran, in the order
// their first function appears in the coverage (module load order, roughly the layers).
import * as fs from "node:fs";
import * as inspector from "node:inspector/promises";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const root = require("../dist/src/common/repository-root.js").REPOSITORY_ROOT;
const dist = (file) => require(path.join(root, "dist", "src", file));
require("reflect-metadata");

const QUERY = process.argv[2] ?? '{ entity(slug: "moonshot-ai") { ... on Organization { investors { edges { node { name } } } } } }';
const PASSWORD = "request-files-password";

const session = new inspector.Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: false });

const { startLocalNeo4j } = dist("db/local-neo4j.js");
const { createDriver, waitForDatabase } = dist("db/driver.js");
const { GraphDatabase } = dist("db/graph-database.js");
const { applySchema } = dist("db/apply-schema.js");
const { loadSeedRoot } = dist("seed/seed.loader.js");
const { SEEDS_DIR } = dist("seed/seeds-dir.js");
const { silentLogger } = dist("common/logger.js");
const { startApi } = dist("app.js");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aig-request-files-"));
const neo4j = await startLocalNeo4j({ dataDir, port: 0, password: PASSWORD });
const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: PASSWORD });
const db = new GraphDatabase(driver, { timeoutMs: 60_000, logger: silentLogger });
try {
  await waitForDatabase(driver, 60_000);
  await applySchema(db, silentLogger);
  await loadSeedRoot(db, SEEDS_DIR);
  const api = await startApi({ db, logger: silentLogger, port: 0, host: "127.0.0.1", production: false, shutdownGraceMs: 1000 });
  const send = async () => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  await send();
  await session.post("Profiler.takePreciseCoverage"); // resets the counts: what follows is one request
  const body = await send();
  const { result } = await session.post("Profiler.takePreciseCoverage");
  await api.stop();
  const distSrc = pathToFileURL(path.join(root, "dist", "src")).href + "/";
  const files = result
    .filter((script) => script.url.startsWith(distSrc))
    .filter((script) => script.functions.some((fn) => fn.ranges[0].count > 0))
    .map((script) => "src/" + script.url.slice(distSrc.length).replace(/\.js$/, ".ts"));
  console.log(`${files.length} source files ran code for: ${QUERY}`);
  for (const file of files) console.log(`  ${file}`);
  console.log(`answer: ${JSON.stringify(body.data).slice(0, 200)}`);
} finally {
  await db.close();
  await neo4j.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
