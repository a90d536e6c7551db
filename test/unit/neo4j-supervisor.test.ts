import { Logger } from "../../src/common/logger";
import { LocalNeo4j, LocalNeo4jExit } from "../../src/db/local-neo4j";
import { superviseLocalNeo4j } from "../../src/db/neo4j-supervisor";

/** The restart policy alone, with stand-in instances (the real process is tested in test/integration/lifecycle/). */

interface StandIn extends LocalNeo4j {
  crash(): void;
  stops: number;
}

let nextPid = 100;
function standIn(port: number): StandIn {
  let exit!: (value: LocalNeo4jExit) => void;
  let requested = false;
  const instance: StandIn = {
    uri: `bolt://127.0.0.1:${port}`,
    pid: nextPid++,
    exited: new Promise<LocalNeo4jExit>((resolve) => (exit = resolve)),
    stops: 0,
    crash: () => exit({ code: null, signal: "SIGKILL", requested: false }),
    stop: async () => {
      instance.stops++;
      if (!requested) exit({ code: 0, signal: null, requested: (requested = true) });
    },
  };
  return instance;
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition() && waited < 5000; waited += 10) await tick(10);
}

function recordingLogger(lines: string[]): Logger {
  return new Logger("debug", (line: string) => lines.push(line));
}

describe("local Neo4j supervisor", () => {
  it("restarts a crashed instance on the same port, and again after the next crash", async () => {
    const lines: string[] = [];
    const ports: number[] = [];
    const started: StandIn[] = [];
    const first = standIn(7999);
    const supervised = superviseLocalNeo4j(first, {
      restart: async (port) => (ports.push(port), started[started.push(standIn(port)) - 1]),
      logger: recordingLogger(lines),
      onGiveUp: () => lines.push("gave up"),
      firstDelayMs: 5,
    });
    first.crash();
    await until(() => supervised.current() !== first);
    expect(ports).toEqual([7999]);
    expect(supervised.current()).toBe(started[0]);
    started[0].crash();
    await until(() => started.length === 2 && supervised.current() === started[1]);
    expect(ports).toEqual([7999, 7999]);
    expect(lines.join("\n")).toMatch(/exited unexpectedly[\s\S]*restarted[\s\S]*exited unexpectedly[\s\S]*restarted/);
    expect(lines).not.toContain("gave up");
    await supervised.stop();
    expect(started[1].stops).toBe(1);
  });

  it("backs off between failed restarts and gives up after maxAttempts, once", async () => {
    const attempts: number[] = [];
    const reasons: string[] = [];
    const first = standIn(7998);
    superviseLocalNeo4j(first, {
      restart: async () => {
        attempts.push(Date.now());
        throw new Error("port in use");
      },
      logger: recordingLogger([]),
      onGiveUp: (reason) => reasons.push(reason),
      maxAttempts: 3,
      firstDelayMs: 20,
    });
    const crashedAt = Date.now();
    first.crash();
    await until(() => reasons.length > 0);
    await tick(50);
    expect(attempts).toHaveLength(3);
    // 20, 40, 80 ms: each wait at least the doubled delay
    expect(attempts[0] - crashedAt).toBeGreaterThanOrEqual(19);
    expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(39);
    expect(attempts[2] - attempts[1]).toBeGreaterThanOrEqual(79);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/3 restarts in a row/);
  });

  it("does not restart an instance that was asked to stop, nor after stop() during the back-off", async () => {
    let restarts = 0;
    const restart = async (port: number) => (restarts++, standIn(port));
    const asked = standIn(7997);
    const one = superviseLocalNeo4j(asked, { restart, logger: recordingLogger([]), onGiveUp: () => undefined, firstDelayMs: 5 });
    await one.stop();
    await tick(30);
    expect(restarts).toBe(0);

    const crashed = standIn(7996);
    const two = superviseLocalNeo4j(crashed, { restart, logger: recordingLogger([]), onGiveUp: () => undefined, firstDelayMs: 200 });
    crashed.crash();
    await tick(10);
    await two.stop();
    await tick(250);
    expect(restarts).toBe(0);
  });
});
