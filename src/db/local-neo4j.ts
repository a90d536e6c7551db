/**
 * Starts and stops a local Neo4j 5.26 (Community, embedded) as a child `java` process, using the
 * launcher built by `npm run launcher:build` (launcher/target/neo4j-launcher.jar + launcher/target/lib/).
 *
 * Protocol with the launcher: one `NEO4J_READY {"bolt":...,"version":...,"pid":...}` line on stdout when
 * Bolt accepts connections, `NEO4J_STOPPED` after a clean shutdown; exit code 3 = port in use,
 * 2 = bad arguments, 1 = startup failure. Neo4j's own logs go to `<dataDir>/logs/`. While it runs,
 * `<dataDir>/bolt.json` tells other programs where it listens (local-neo4j-address.ts).
 */
import { ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import * as net from "node:net";
import * as path from "node:path";
import { repositoryPath } from "../common/repository-root";
import { removeBoltAddress, writeBoltAddress } from "./local-neo4j-address";
import { ClassDataSharing, classDataSharing } from "./class-data-sharing";

export interface LocalNeo4jOptions {
  /** DBMS home directory; created if missing, reused (data kept) across starts. */
  dataDir: string;
  /** Bolt port; 0 = pick a free port. Default 7687. */
  port?: number;
  /** Bolt listen address. Default 127.0.0.1. */
  host?: string;
  /** User whose password is set. Default neo4j. */
  user?: string;
  /** Password (min 8 chars); auth is always enabled. */
  password: string;
  /** JVM max heap (-Xmx). Default '512m'. */
  heap?: string;
  /** Neo4j page cache size. Default '64m'. */
  pageCache?: string;
  /** JDK to use; defaults to $JAVA_HOME, then `java` on PATH. */
  javaHome?: string;
  /** How long to wait for the ready line. Default 120000 ms. */
  startTimeoutMs?: number;
  /** Receives the launcher's stderr lines (and any unexpected stdout lines). */
  log?: (line: string) => void;
  /** Neo4j transaction timeout, e.g. '30s'. Default: none. */
  txTimeout?: string;
  /** Extra JVM flags, appended after the defaults (so they win). */
  jvmArgs?: string[];
}

export interface LocalNeo4j {
  /** bolt://host:port */
  uri: string;
  /** pid of the java process */
  pid: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
  /** Settles when the java process has exited, whether stop() asked for it (`requested`) or not. */
  exited: Promise<LocalNeo4jExit>;
}

export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when stop() was called before the process exited. */
  requested: boolean;
}

export type LocalNeo4jErrorCode = "PORT_IN_USE" | "START_FAILED" | "TIMEOUT" | "LAUNCHER_NOT_BUILT";

export class LocalNeo4jError extends Error {
  readonly code: LocalNeo4jErrorCode;
  /** The signal that ended the launcher before it was ready (the JVM aborts on a fatal error). */
  readonly signal?: NodeJS.Signals;
  constructor(code: LocalNeo4jErrorCode, message: string, signal?: NodeJS.Signals) {
    super(message);
    this.name = "LocalNeo4jError";
    this.code = code;
    this.signal = signal;
  }
}

export const NEO4J_VERSION = "5.26.30";

/** JVM flags Neo4j 5.26 needs (or its server uses by default) on Java 17+. */
export const DEFAULT_JVM_FLAGS: readonly string[] = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "-Dlog4j2.shutdownHookEnabled=false",
  "-Dfile.encoding=UTF-8",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

const EXIT_PORT_IN_USE = 3;
/** The JVM's exit status after the SIGTERM stop() sends and its shutdown hooks ran: 128 + 15. */
const EXIT_ON_SIGTERM = 143;
const STOP_TIMEOUT_MS = 30_000;
const STDERR_TAIL_LINES = 40;

/** Absolute path of the launcher jar (override with NEO4J_LAUNCHER_JAR). */
export function launcherJarPath(): string {
  const override = process.env.NEO4J_LAUNCHER_JAR;
  if (override) return path.resolve(override);
  return repositoryPath("launcher", "target", "neo4j-launcher.jar");
}

export function javaExecutable(javaHome: string | undefined): string {
  const home = javaHome ?? process.env.JAVA_HOME;
  if (!home) return "java";
  return path.join(home, "bin", process.platform === "win32" ? "java.exe" : "java");
}

/** Binds port 0 on host, reads the port the OS picked and releases it. */
function pickFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("could not pick a free port"))));
    });
  });
}

// Safety net: never leave a java process behind when this Node process exits without stop().
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;
function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const c of liveChildren) {
        try {
          c.kill("SIGKILL");
        } catch {
          // already gone
        }
      }
    });
  }
}

function isAlive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Calls onLine for every complete line of a stream. */
function readLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffer = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      onLine(buffer.slice(0, nl).replace(/\r$/, ""));
      buffer = buffer.slice(nl + 1);
    }
  });
  stream.on("end", () => {
    if (buffer) onLine(buffer);
    buffer = "";
  });
}

/**
 * Starts Neo4j through the launcher and resolves once it serves Bolt. A JVM that maps a damaged
 * class-data sharing archive aborts; such a start is tried once more with the archive removed (the
 * retry writes a new one).
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const sharing = classDataSharing(launcherJarPath(), javaExecutable(opts.javaHome));
  try {
    return await launch(opts, sharing);
  } catch (error) {
    if (!(error instanceof LocalNeo4jError && error.code === "START_FAILED" && error.signal && sharing.reads)) throw error;
    opts.log?.(`[neo4j] the JVM aborted (${error.signal}) on its class-data sharing archive; starting again without it`);
    sharing.discard();
    return launch(opts, classDataSharing(launcherJarPath(), javaExecutable(opts.javaHome)));
  }
}

async function launch(opts: LocalNeo4jOptions, sharing: ClassDataSharing): Promise<LocalNeo4j> {
  const host = opts.host ?? "127.0.0.1";
  const user = opts.user ?? "neo4j";
  const heap = opts.heap ?? "512m";
  const pageCache = opts.pageCache ?? "64m";
  const startTimeoutMs = opts.startTimeoutMs ?? 120_000;
  const log = opts.log ?? (() => undefined);

  if (!opts.dataDir) throw new LocalNeo4jError("START_FAILED", "dataDir is required");
  if (!opts.password || opts.password.length < 8) {
    throw new LocalNeo4jError("START_FAILED", "password must be at least 8 characters");
  }

  const jar = launcherJarPath();
  if (!existsSync(jar) || !existsSync(path.join(path.dirname(jar), "lib"))) {
    throw new LocalNeo4jError("LAUNCHER_NOT_BUILT", `Neo4j launcher not built (${jar} or its lib/ missing). Run: npm run launcher:build`);
  }

  const port = opts.port === 0 ? await pickFreePort(host) : (opts.port ?? 7687);
  const dataDir = path.resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });

  const java = javaExecutable(opts.javaHome);
  const args = [
    `-Xmx${heap}`,
    ...DEFAULT_JVM_FLAGS,
    ...sharing.flags,
    ...(opts.jvmArgs ?? []),
    "-jar",
    jar,
    "--data",
    dataDir,
    "--host",
    host,
    "--port",
    String(port),
    "--user",
    user,
    "--page-cache",
    pageCache,
    "--parent-pid",
    String(process.pid),
    ...(opts.txTimeout ? ["--tx-timeout", opts.txTimeout] : []),
  ];

  // The password goes through the environment: /proc/<pid>/environ is readable by the owner only,
  // while the command line is shown to every user by `ps`. detached: its own process group, so a
  // Ctrl-C in the terminal reaches only this process, which then stops Neo4j in order (and knows
  // that the exit was asked for); the launcher's --parent-pid watch covers this process dying.
  const child = spawn(java, args, {
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: true,
    detached: true,
    env: { ...process.env, NEO4J_LAUNCHER_PASSWORD: opts.password },
  });
  trackChild(child);

  const stderrTail: string[] = [];
  let stopping: Promise<void> | undefined;
  const exit = new Promise<LocalNeo4jExit>((resolve) =>
    child.once("close", (code, signal) => {
      sharing.exited(stopping !== undefined && (code === 0 || code === EXIT_ON_SIGTERM));
      resolve({ code, signal, requested: stopping !== undefined });
    }),
  );
  const exited = exit.then(() => undefined);

  const stop = (): Promise<void> => {
    if (!stopping) {
      stopping = (async () => {
        if (!isAlive(child)) {
          await exited;
          return;
        }
        child.kill("SIGTERM");
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await Promise.race([
          exited.then(() => false),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS);
          }),
        ]);
        if (timer) clearTimeout(timer);
        if (timedOut && isAlive(child)) {
          log(`[neo4j] did not stop within ${STOP_TIMEOUT_MS / 1000}s, killing pid ${child.pid}`);
          child.kill("SIGKILL");
          await exited;
        }
      })();
    }
    return stopping;
  };

  return new Promise<LocalNeo4j>((resolve, reject) => {
    let settled = false;
    const tail = () => (stderrTail.length ? `\n--- last launcher output ---\n${stderrTail.join("\n")}` : "");
    const fail = (err: LocalNeo4jError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(err);
    };

    const timer = setTimeout(() => {
      fail(
        new LocalNeo4jError(
          "TIMEOUT",
          `Neo4j did not become ready on ${host}:${port} within ${startTimeoutMs} ms (logs in ${path.join(dataDir, "logs")})${tail()}`,
        ),
      );
      void stop();
    }, startTimeoutMs);

    readLines(child.stderr, (line) => {
      stderrTail.push(line);
      if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
      log(line);
    });

    readLines(child.stdout, (line) => {
      if (line.startsWith("NEO4J_READY ")) {
        if (settled) return;
        let info: { bolt: string; version: string; pid: number };
        try {
          info = JSON.parse(line.slice("NEO4J_READY ".length)) as typeof info;
        } catch {
          fail(new LocalNeo4jError("START_FAILED", `unreadable ready line from launcher: ${line}`));
          void stop();
          return;
        }
        settled = true;
        clearTimeout(timer);
        const pid = child.pid ?? info.pid;
        try {
          writeBoltAddress(dataDir, { uri: info.bolt, pid });
          void exit.then(() => removeBoltAddress(dataDir, pid));
        } catch (error) {
          log(`[neo4j] could not write ${dataDir}/bolt.json (other programs will not find this Neo4j): ${(error as Error).message}`);
        }
        resolve({ uri: info.bolt, pid, stop, exited: exit });
      } else if (line === "NEO4J_STOPPED") {
        log("[neo4j] stopped");
      } else if (line.trim()) {
        log(line);
      }
    });

    child.once("error", (err: NodeJS.ErrnoException) => {
      const hint =
        err.code === "ENOENT"
          ? `: '${java}' not found. Install a JDK 17+ and put it on PATH, or set JAVA_HOME / javaHome.`
          : `: ${err.message}`;
      fail(new LocalNeo4jError("START_FAILED", `could not start java${hint}`));
    });

    child.once("close", (code, signal) => {
      if (settled) {
        if (!stopping) log(`[neo4j] launcher pid ${child.pid} exited unexpectedly (${signal ?? `exit code ${code}`})`);
        return;
      }
      if (code === EXIT_PORT_IN_USE) {
        const message = stderrTail.find((l) => l.includes("already in use")) ?? `Port ${port} on ${host} is already in use`;
        fail(new LocalNeo4jError("PORT_IN_USE", message));
      } else {
        fail(
          new LocalNeo4jError(
            "START_FAILED",
            `Neo4j launcher exited before it was ready (${signal ?? `exit code ${code}`})${tail()}`,
            signal ?? undefined,
          ),
        );
      }
    });
  });
}
