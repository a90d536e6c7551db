#!/usr/bin/env node
// `npm start`: builds what is missing or stale (the Neo4j launcher unless NEO4J_URI is set, then the
// TypeScript), then runs the built API in this same process, so a signal sent to it is a signal to
// the API. npm runs this through `sh -c`, and a SIGTERM to npm reaches only that shell, which dies
// without passing it on; so this process watches its parent (the shell) and, when npm ran it, npm,
// and stops the API (as on SIGTERM) when either is gone. `node dist/src/main.js` has no such watch,
// so `nohup` and daemon-style starts keep working.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const mainJs = join(root, "dist", "src", "main.js");
// Written after a build that succeeded: tsc emits its output even when type-checking fails.
const builtStamp = join(root, "dist", ".start-build-stamp");
const parentAtStart = process.ppid;
const npmPid = process.env.npm_lifecycle_event ? parentOf(parentAtStart) : undefined;

/** The parent pid of `pid` from /proc (Linux); undefined elsewhere. */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

function isGone(pid) {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}

/** True once the shell that started this process, or npm above it, has exited. */
const orphaned = () => process.ppid !== parentAtStart || (npmPid !== undefined && isGone(npmPid));

let running;
const stopBuild = (signal) => {
  running?.kill(signal);
  process.exit(128 + (signal === "SIGINT" ? 2 : 15));
};
process.once("SIGINT", stopBuild);
process.once("SIGTERM", stopBuild);

function run(label, args) {
  return new Promise((resolveRun) => {
    running = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
    running.once("exit", (code, signal) => {
      running = undefined;
      if (code === 0) return resolveRun();
      console.error(`[start] ${label} failed (${signal ?? `exit code ${code}`})`);
      process.exit(code || 1);
    });
  });
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** The compiled output is current when its last good build is newer than every source and build setting. */
function builtOutputIsCurrent() {
  if (!existsSync(mainJs) || !existsSync(builtStamp)) return false;
  const inputs = ["src", "tsconfig.json", "tsconfig.build.json", "package-lock.json"].map((p) => newestMtime(join(root, p)));
  return statSync(builtStamp).mtimeMs > Math.max(...inputs);
}

if (!process.env.NEO4J_URI) await run("the Neo4j launcher build", [join(root, "scripts", "build-launcher.mjs")]);
if (builtOutputIsCurrent()) {
  console.log("[start] dist/ is up to date");
} else {
  console.log("[start] compiling TypeScript into dist/ ...");
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  await run("the TypeScript build", [tsc, "-p", join(root, "tsconfig.build.json")]);
  writeFileSync(builtStamp, `${new Date().toISOString()}\n`);
}

// Lost our parent while building: nobody is waiting for this API any more.
if (orphaned()) process.exit(0);
process.off("SIGINT", stopBuild);
process.off("SIGTERM", stopBuild);
createRequire(import.meta.url)(mainJs);
if (parentAtStart > 1) {
  const watch = setInterval(() => {
    if (!orphaned()) return;
    clearInterval(watch);
    console.log("[start] the process that started the API is gone");
    process.kill(process.pid, "SIGTERM");
  }, 500);
  watch.unref();
}
