import { ChildProcess, execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { TEST_PASSWORD, testNeo4jUri } from "../../helpers/test-state";
import { connects, freePort, javaProcessesFor } from "../lifecycle/processes";

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "../../..");
// The built program, compiled from src/main.ts alone into dist/ (git-ignored), so the test runs
// exactly what `npm start` runs (node, no ts-jest) without depending on other folders compiling.
const OUT_DIR = path.join(ROOT, "dist", "shutdown-test");
const MAIN_JS = path.join(OUT_DIR, "src", "main.js");

function buildMain(): void {
  const config = path.join(OUT_DIR, "tsconfig.json");
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(ROOT, "tsconfig.json"),
      compilerOptions: { outDir: OUT_DIR, rootDir: ROOT, noEmit: false, sourceMap: false },
      include: [],
      files: [path.join(ROOT, "src", "main.ts")],
    }),
  );
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", config], { cwd: ROOT, stdio: "pipe" });
}

function startProgram(
  port: number,
  neo4jEnv?: Record<string, string>,
): { child: ChildProcess; output: () => string; ready: Promise<void>; exit: Promise<number | null> } {
  let output = "";
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      JAVA_HOME: process.env.JAVA_HOME,
      NODE_ENV: "production",
      ...(neo4jEnv ?? { NEO4J_URI: testNeo4jUri(), NEO4J_PASSWORD: TEST_PASSWORD }),
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_ON_START: "false",
      SHUTDOWN_GRACE_MS: "3000",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("GraphQL ready at")) resolve();
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`program exited (${code}) before it was ready:\n${output}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, ready, exit };
}

/** Sends a POST whose body arrives in two parts, so the request is in flight between them. */
function twoPartRequest(port: number, body: string) {
  const cut = Math.floor(body.length / 2);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, cut));
    finish = () => req.end(body.slice(cut));
  });
  return { response, finish: () => finish() };
}

describe("graceful shutdown of the built program", () => {
  let program: ReturnType<typeof startProgram> | undefined;

  beforeAll(() => {
    buildMain();
  });

  afterAll(() => {
    if (program && program.child.exitCode === null) program.child.kill("SIGKILL");
    fs.rmSync(OUT_DIR, { recursive: true, force: true });
  });

  it("on SIGTERM stops accepting connections, finishes the in-flight request, closes the driver and exits 0", async () => {
    const port = await freePort();
    program = startProgram(port);
    await program.ready;

    const inFlight = twoPartRequest(port, JSON.stringify({ query: `{ entity(slug: "moonshot-ai") { name } }` }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalledAt = Date.now();
    program.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));

    // New connections are refused while the old request is still being served.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    expect(program.child.exitCode).toBeNull();

    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data).toEqual({ entity: { name: "Moonshot AI" } });

    expect(await program.exit).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(4000);
    expect(program.output()).toMatch(/SIGTERM: shutting down[\s\S]*stopped/);
  });

  it("stops within SHUTDOWN_GRACE_MS even when a client never finishes its request", async () => {
    const port = await freePort();
    program = startProgram(port);
    await program.ready;
    const stuck = twoPartRequest(port, JSON.stringify({ query: "{ __typename }" }));
    stuck.response.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalledAt = Date.now();
    program.child.kill("SIGTERM");
    expect(await program.exit).toBe(0);
    const took = Date.now() - signalledAt;
    expect(took).toBeGreaterThanOrEqual(2500);
    expect(took).toBeLessThan(7000);
  });

  it("stops the local Neo4j it started itself (no NEO4J_URI), leaving no java process behind", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aig-shutdown-neo4j-"));
    try {
      const boltPort = await freePort();
      program = startProgram(await freePort(), {
        NEO4J_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: String(boltPort),
        NEO4J_HEAP: "256m",
        NEO4J_PAGE_CACHE: "32m",
      });
      await program.ready;
      expect(javaProcessesFor(dataDir)).toHaveLength(1);
      program.child.kill("SIGTERM");
      expect(await program.exit).toBe(0);
      expect(javaProcessesFor(dataDir)).toEqual([]);
      await expect(connects(boltPort)).resolves.toBe(false);
    } finally {
      for (const pid of javaProcessesFor(dataDir)) process.kill(pid, "SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
