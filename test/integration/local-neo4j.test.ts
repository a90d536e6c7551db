import { copyFile, mkdtemp, readdir, readFile, rm, stat, symlink, truncate } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import neo4j, { Driver } from "neo4j-driver";
import { launcherJarPath, LocalNeo4j, LocalNeo4jError, startLocalNeo4j } from "../../src/db/local-neo4j";

jest.setTimeout(240_000);

const PASSWORD = "test-password-1";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withDriver<T>(uri: string, password: string, fn: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

describe("local Neo4j launcher", () => {
  let dataDir: string;
  let otherDir: string;
  let running: LocalNeo4j | undefined;
  const logs: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "local-neo4j-test-"));
    otherDir = await mkdtemp(path.join(os.tmpdir(), "local-neo4j-test-other-"));
  });

  afterAll(async () => {
    await running?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(otherDir, { recursive: true, force: true });
  });

  it("starts with auth, keeps data across a clean restart, and refuses a taken port", async () => {
    // first start: fresh store on a free port
    running = await startLocalNeo4j({ dataDir, port: 0, password: PASSWORD, log: (l) => logs.push(l) });
    const first = running;
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(isAlive(first.pid)).toBe(true);

    // The password is not on the command line, which every user on the machine can read (`ps`).
    const commandLine = (await readFile(`/proc/${first.pid}/cmdline`, "utf8")).split("\0").join(" ");
    expect(commandLine).toContain(`--data ${dataDir}`);
    expect(commandLine).not.toContain(PASSWORD);

    await withDriver(first.uri, PASSWORD, async (driver) => {
      const { records } = await driver.executeQuery("RETURN 1 + 1 AS two");
      expect(records[0].get("two").toNumber()).toBe(2);
      await driver.executeQuery("CREATE (:LauncherTest {key: $key, at: datetime()})", { key: "kept" });
    });

    // wrong password is rejected: auth really is on
    await expect(withDriver(first.uri, "not-the-password", (driver) => driver.executeQuery("RETURN 1"))).rejects.toThrow(
      /unauthorized|authentication/i,
    );

    await first.stop();
    await first.stop(); // idempotent
    expect(isAlive(first.pid)).toBe(false);
    expect(logs.join("\n")).not.toMatch(/Exception/);

    // second start on the same store (and the same port): data is there, no recovery needed
    const port = Number(new URL(first.uri.replace("bolt:", "http:")).port);
    running = await startLocalNeo4j({ dataDir, port, password: PASSWORD, log: (l) => logs.push(l) });
    const second = running;
    expect(second.uri).toBe(first.uri);
    await withDriver(second.uri, PASSWORD, async (driver) => {
      const { records } = await driver.executeQuery("MATCH (n:LauncherTest) RETURN n.key AS key");
      expect(records.map((r) => r.get("key"))).toEqual(["kept"]);
    });
    const debugLog = await readFile(path.join(dataDir, "logs", "debug.log"), "utf8");
    expect(debugLog).not.toMatch(/Recovery (is )?required|recovery completed/i);

    // a second instance on the port already in use fails fast with PORT_IN_USE
    const err = await startLocalNeo4j({ dataDir: otherDir, port, password: PASSWORD }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocalNeo4jError);
    expect((err as LocalNeo4jError).code).toBe("PORT_IN_USE");
    expect((err as LocalNeo4jError).message).toContain(`Port ${port} on 127.0.0.1 is already in use`);

    await second.stop();
    expect(isAlive(second.pid)).toBe(false);
    running = undefined;
  });

  it("reports LAUNCHER_NOT_BUILT when the jar is missing", async () => {
    const previous = process.env.NEO4J_LAUNCHER_JAR;
    process.env.NEO4J_LAUNCHER_JAR = path.join(otherDir, "missing", "neo4j-launcher.jar");
    try {
      await expect(startLocalNeo4j({ dataDir: otherDir, password: PASSWORD })).rejects.toMatchObject({
        code: "LAUNCHER_NOT_BUILT",
      });
    } finally {
      if (previous === undefined) delete process.env.NEO4J_LAUNCHER_JAR;
      else process.env.NEO4J_LAUNCHER_JAR = previous;
    }
  });

  it("writes a class-data sharing archive at the first stop, starts from it, and starts without one it cannot map", async () => {
    // A launcher build of its own (the jar copied, its lib/ linked), so that its archive is this test's alone.
    const launcherDir = await mkdtemp(path.join(os.tmpdir(), "local-neo4j-cds-"));
    const built = launcherJarPath();
    const previous = process.env.NEO4J_LAUNCHER_JAR;
    process.env.NEO4J_LAUNCHER_JAR = path.join(launcherDir, "neo4j-launcher.jar");
    const archives = async () => (await readdir(launcherDir)).filter((f) => f.endsWith(".jsa"));
    const startAndStop = async (dir: string) => {
      const started = await startLocalNeo4j({ dataDir: dir, port: 0, password: PASSWORD, log: (l) => logs.push(l) });
      try {
        await withDriver(started.uri, PASSWORD, (driver) => driver.executeQuery("RETURN 1"));
      } finally {
        await started.stop();
      }
    };
    try {
      await copyFile(built, process.env.NEO4J_LAUNCHER_JAR);
      await symlink(path.join(path.dirname(built), "lib"), path.join(launcherDir, "lib"));
      const dirs = await Promise.all([1, 2, 3].map((i) => mkdtemp(path.join(otherDir, `cds-${i}-`))));

      await startAndStop(dirs[0]);
      expect(await archives()).toHaveLength(1);
      const archive = path.join(launcherDir, (await archives())[0]);
      const written = (await stat(archive)).size;
      expect(written).toBeGreaterThan(1_000_000);

      await startAndStop(dirs[1]); // reads it, and leaves it as it was
      expect((await stat(archive)).size).toBe(written);

      // A damaged archive makes the JVM abort: the start is tried again without it, which writes a new one.
      await truncate(archive, 100_000);
      await startAndStop(dirs[2]);
      expect(logs.some((l) => l.includes("class-data sharing archive; starting again without it"))).toBe(true);
      expect((await stat(archive)).size).toBeGreaterThan(1_000_000);
    } finally {
      if (previous === undefined) delete process.env.NEO4J_LAUNCHER_JAR;
      else process.env.NEO4J_LAUNCHER_JAR = previous;
      await rm(launcherDir, { recursive: true, force: true });
    }
  });
});
