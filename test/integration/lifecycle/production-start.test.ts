import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TEST_PASSWORD, testNeo4jUri } from "../../helpers/test-state";
import { COUNTS_QUERY, freePort, killTree, NpmStart, npmStart, postQuery, ROOT, waitUntil } from "./processes";

jest.setTimeout(600_000);

/**
 * `NODE_ENV=production npm ci && npm start` in a copy of the repository: npm leaves the
 * devDependencies out, and the build and the API must not need them. Packages come from npm's
 * cache (the copy's lock file is this one's), and the API uses the test run's Neo4j.
 */
describe("production start", () => {
  let copy: string;
  let program: NpmStart | undefined;

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), "aig-production-"));
    // The files git would check out, committed or not yet: what a fresh clone holds.
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
      .split("\0")
      .filter((file) => file && fs.existsSync(path.join(ROOT, file)));
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, file), path.join(copy, file));
    }
  });

  afterAll(async () => {
    if (program) await killTree(program.child.pid!);
    fs.rmSync(copy, { recursive: true, force: true });
  });

  it("installs without devDependencies, builds, and answers GraphQL from the built output", async () => {
    const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production" };
    execFileSync("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: copy, env, stdio: "pipe" });
    expect(fs.existsSync(path.join(copy, "node_modules", "jest"))).toBe(false);
    expect(fs.existsSync(path.join(copy, "node_modules", "@types", "jest"))).toBe(false);

    const port = await freePort();
    program = npmStart(copy, {
      NODE_ENV: "production",
      NEO4J_URI: testNeo4jUri(),
      NEO4J_PASSWORD: TEST_PASSWORD,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_ON_START: "false",
      QUERY_TIMEOUT_MS: "60000",
    });
    await program.ready;
    expect(fs.existsSync(path.join(copy, "dist", "src", "main.js"))).toBe(true);

    const answer = await postQuery(port, COUNTS_QUERY);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ events: { totalCount: expect.any(Number) } });
    expect((answer.data as { events: { totalCount: number } }).events.totalCount).toBeGreaterThan(0);

    program.child.kill("SIGTERM");
    await program.exit;
    expect(await waitUntil(() => program!.output().includes("[api] stopped"), 5000)).toBe(true);
  });
});
