import { ChildProcess, execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";

/** Helpers for tests that run the product as a user does, as separate processes. */

export const ROOT = path.resolve(__dirname, "../../..");

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Pids of java processes whose command line names `dataDir` (the launcher gets it as an argument). */
export function javaProcessesFor(dataDir: string): number[] {
  const lines = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" }).split("\n");
  return lines.filter((l) => l.includes("java") && l.includes(dataDir)).map((l) => Number(l.trim().split(/\s+/)[0]));
}

/** Parent pid and state of a process from /proc, or undefined once it is gone. */
function procStat(pid: number): { ppid: number; state: string } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(ppid), state };
  } catch {
    return undefined;
  }
}

/** Every process below `pid` (children, grandchildren ...). */
export function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const visit = (p: number) => (children.get(p) ?? []).forEach((c) => (found.push(c), visit(c)));
  visit(pid);
  return found;
}

/** Running, not a zombie waiting to be reaped. */
export function isRunning(pid: number): boolean {
  const stat = procStat(pid);
  return stat !== undefined && stat.state !== "Z";
}

export function commandLineOf(pid: number): string {
  return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
}

export async function waitUntil(condition: () => boolean, timeoutMs: number, stepMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return true;
}

/**
 * Ends a test's product whatever state it is in: kill -KILL of npm and every process below it,
 * the node process first so that its Neo4j supervisor cannot start another java.
 */
export async function killTree(rootPid: number, dataDir?: string): Promise<void> {
  const pids = [rootPid, ...descendantsOf(rootPid)].filter(isRunning);
  const nodeFirst = pids.sort((a, b) => Number(commandLineOf(b).includes("node")) - Number(commandLineOf(a).includes("node")));
  for (const pid of nodeFirst) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (dataDir) for (const pid of javaProcessesFor(dataDir)) process.kill(pid, "SIGKILL");
  await waitUntil(() => pids.every((pid) => !isRunning(pid)), 10_000);
}

export interface NpmStart {
  child: ChildProcess;
  output: () => string;
  /** Settles when the API prints its ready line; rejects if npm exits first. */
  ready: Promise<void>;
  exit: Promise<number | null>;
}

/** `npm start` in `cwd`, as the README has a user run it, with only the given environment. */
export function npmStart(cwd: string, env: Record<string, string>): NpmStart {
  let output = "";
  const child = spawn("npm", ["start"], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("GraphQL ready at")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exit.then((code) => reject(new Error(`npm start exited (${code}) before the API was ready:\n${output}`)));
  });
  ready.catch(() => undefined);
  return { child, output: () => output, ready, exit };
}

/** Counts of the seeded graph through the public API; errors (with their codes) when it cannot answer. */
export const COUNTS_QUERY = `{ events(first: 1) { totalCount } organizations(first: 1) { totalCount } people(first: 1) { totalCount } products(first: 1) { totalCount } }`;

export interface QueryAnswer {
  data?: unknown;
  errors?: Array<{ extensions?: { code?: string } }>;
  extensions?: { dataVersion?: number };
}

export async function postQuery(port: number, query: string): Promise<QueryAnswer> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as QueryAnswer;
}
