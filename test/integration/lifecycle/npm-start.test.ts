import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  commandLineOf,
  COUNTS_QUERY,
  descendantsOf,
  freePort,
  isRunning,
  javaProcessesFor,
  killTree,
  NpmStart,
  npmStart,
  postQuery,
  ROOT,
  waitUntil,
} from "./processes";

jest.setTimeout(600_000);

/**
 * The product started exactly as the README says (`npm start`, on free ports, in a temporary data
 * folder), then treated as process supervisors and the OOM killer treat it: its Neo4j killed with
 * SIGKILL (the API restarts it), and npm itself signalled or killed (nothing of it may survive).
 */

const PASSWORD = "lifecycle-password-1";
const STOP_LIMIT_MS = 15_000;

describe("npm start, as a process", () => {
  let dataDir: string;
  const programs: NpmStart[] = [];

  const startProduct = async () => {
    const port = await freePort();
    const program = npmStart(ROOT, {
      PORT: String(port),
      HOST: "127.0.0.1",
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_PASSWORD: PASSWORD,
      NEO4J_HEAP: "256m",
      NEO4J_PAGE_CACHE: "32m",
      // The machine is shared and small: a cold Neo4j's first queries may take seconds, which is
      // not what these tests are about.
      QUERY_TIMEOUT_MS: "60000",
    });
    programs.push(program);
    await program.ready;
    return { port, program };
  };

  /** npm, its shell, node and java: the whole tree, found before the signal re-parents any of it. */
  const processTree = (npm: NpmStart) => [npm.child.pid!, ...descendantsOf(npm.child.pid!)];

  const expectAllGoneWithin = async (pids: number[], limitMs: number) => {
    const signalledAt = Date.now();
    const gone = await waitUntil(() => pids.every((pid) => !isRunning(pid)) && javaProcessesFor(dataDir).length === 0, limitMs);
    const tookMs = Date.now() - signalledAt;
    expect({ gone, left: pids.filter(isRunning).map((pid) => `${pid} ${commandLineOf(pid)}`), java: javaProcessesFor(dataDir) }).toEqual({
      gone: true,
      left: [],
      java: [],
    });
    return tookMs;
  };

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aig-lifecycle-"));
  });

  // Whatever a test left running (a failed assertion stops it half-way) must not hold the store's
  // lock for the next one.
  afterEach(async () => {
    for (const program of programs.splice(0)) await killTree(program.child.pid!, dataDir);
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("restarts its Neo4j after kill -KILL, answering SERVICE_UNAVAILABLE meanwhile and the same data after, then stops everything on SIGTERM to npm", async () => {
    const { port, program } = await startProduct();
    const before = await postQuery(port, COUNTS_QUERY);
    expect(before.errors).toBeUndefined();
    const tree = processTree(program);
    const api = tree.find((pid) => commandLineOf(pid).includes("scripts/start.mjs"))!;
    const [java] = javaProcessesFor(dataDir);
    expect(api).toBeDefined();
    expect(tree).toContain(java);

    process.kill(java, "SIGKILL");
    const killedAt = Date.now();
    const codes = new Set<string>();
    let after = await postQuery(port, COUNTS_QUERY);
    // The first answer after the restart may come without extensions.dataVersion: the version is read
    // before execution, and Neo4j can come back between that read and the query (data-version-header.ts).
    while ((after.errors || after.extensions?.dataVersion === undefined) && Date.now() - killedAt < 240_000) {
      after.errors?.forEach((e) => codes.add(String(e.extensions?.code)));
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await postQuery(port, COUNTS_QUERY);
    }
    const recoveredMs = Date.now() - killedAt;
    const restartMs = Number(/"startMs":(\d+)[^\n]*"local Neo4j restarted"/.exec(program.output())?.[1]);
    console.log(
      `[lifecycle] GraphQL answered data again ${(recoveredMs / 1000).toFixed(1)} s after kill -KILL of Neo4j, of which the restarted Neo4j took ${(restartMs / 1000).toFixed(1)} s to start (codes meanwhile: ${[...codes].join(", ")})`,
    );

    expect(after).toEqual(before);
    expect(codes).toContain("SERVICE_UNAVAILABLE");
    expect(isRunning(api)).toBe(true);
    const [restarted] = javaProcessesFor(dataDir);
    expect(restarted).not.toBe(java);
    expect(descendantsOf(api)).toContain(restarted);
    expect(program.output()).toMatch(/"exit":"killed by SIGKILL".*"local Neo4j exited unexpectedly; restarting it"/);
    expect(program.output()).toMatch(/"local Neo4j restarted"/);

    const everything = processTree(program);
    program.child.kill("SIGTERM");
    const stoppedMs = await expectAllGoneWithin(everything, STOP_LIMIT_MS);
    console.log(`[lifecycle] npm, node and java all gone ${(stoppedMs / 1000).toFixed(1)} s after SIGTERM to npm`);
    expect(program.output()).toMatch(/SIGTERM: shutting down[\s\S]*\[api\] stopped/);
  });

  it("stops everything when npm itself is killed (kill -KILL leaves its shell and node orphaned)", async () => {
    const { program } = await startProduct();
    const everything = processTree(program);
    program.child.kill("SIGKILL");
    const stoppedMs = await expectAllGoneWithin(everything, STOP_LIMIT_MS);
    console.log(`[lifecycle] shell, node and java all gone ${(stoppedMs / 1000).toFixed(1)} s after kill -KILL of npm`);
    expect(program.output()).toMatch(/the process that started the API is gone[\s\S]*\[api\] stopped/);
  });
});
