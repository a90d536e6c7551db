#!/usr/bin/env node
// Builds launcher/target/neo4j-launcher.jar (+ target/lib/) with Maven, only when needed.
// Skips the build when the jar and lib/ exist and the stamp (hash of pom.xml + Java sources) matches.
// Usage: node scripts/build-launcher.mjs [--force]
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const launcherDir = join(root, "launcher");
const pom = join(launcherDir, "pom.xml");
const target = join(launcherDir, "target");
const jar = join(target, "neo4j-launcher.jar");
const lib = join(target, "lib");
const stampFile = join(target, ".build-stamp");
const force = process.argv.includes("--force");

const log = (msg) => console.log(`[launcher] ${msg}`);
const fail = (msg) => {
  console.error(`[launcher] ERROR: ${msg}`);
  process.exit(1);
};

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

function sourceHash() {
  const files = [pom, ...listFiles(join(launcherDir, "src"))].sort();
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(relative(launcherDir, f).split("\\").join("/"));
    hash.update("\0");
    hash.update(readFileSync(f));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function upToDate(hash) {
  if (!existsSync(jar) || !existsSync(lib) || !existsSync(stampFile)) return false;
  if (!statSync(lib).isDirectory() || readdirSync(lib).length === 0) return false;
  return readFileSync(stampFile, "utf8").trim() === hash;
}

/** Resolves the java executable, honouring JAVA_HOME; exits with a clear message when missing. */
function checkJava() {
  const javaHome = process.env.JAVA_HOME;
  const java = javaHome ? join(javaHome, "bin", process.platform === "win32" ? "java.exe" : "java") : "java";
  if (javaHome && !existsSync(java)) {
    fail(`JAVA_HOME is set to ${javaHome} but ${java} does not exist. Install a JDK 17+ or fix JAVA_HOME.`);
  }
  const r = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    fail(
      `'java' was not found (${r.error ? r.error.message : `exit ${r.status}`}). Install a JDK 17+ and put it on PATH or set JAVA_HOME.`,
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr || "");
  if (m) {
    const major = m[1] === "1" ? Number(m[2]) : Number(m[1]);
    if (major < 17) fail(`Java ${major} found (${java}); Neo4j 5.26 needs Java 17 or newer.`);
  }
}

function mvnCommand() {
  const mvn = process.platform === "win32" ? "mvn.cmd" : "mvn";
  const r = spawnSync(mvn, ["-v"], { encoding: "utf8", shell: process.platform === "win32" });
  if (r.error || r.status !== 0) {
    fail(
      `'mvn' (Apache Maven 3.6+) was not found on PATH (${r.error ? r.error.message : `exit ${r.status}`}). Install Maven to build the Neo4j launcher.`,
    );
  }
  return mvn;
}

const hash = sourceHash();
if (!force && upToDate(hash)) {
  log("up to date");
  process.exit(0);
}

checkJava();
const mvn = mvnCommand();
const firstRun = !existsSync(join(process.env.HOME || "", ".m2", "repository", "org", "neo4j", "neo4j"));
log(firstRun ? "building Neo4j launcher (first run downloads ~125 MB of Neo4j jars from Maven Central)..." : "building Neo4j launcher...");

const started = Date.now();
const args = ["-B", "-f", pom, "package", "-DskipTests", "-Dstyle.color=never"];
const child = spawn(mvn, args, {
  cwd: root,
  env: process.env,
  stdio: ["ignore", "pipe", "pipe"],
  shell: process.platform === "win32",
});

// Keep it readable: show downloads, warnings, errors and the result; hide the rest of Maven's chatter
// (it is replayed in full if the build fails).
const transcript = [];
let downloads = 0;
function onLine(line) {
  transcript.push(line);
  const text = line.replace(/^\[INFO\] /, "");
  if (/^Downloaded from /.test(text)) {
    downloads++;
    console.log(`[launcher]   ${text.replace(/^Downloaded from \S+ /, "downloaded ")}`);
  } else if (/^\[(WARNING|ERROR)\]/.test(line) || /BUILD (SUCCESS|FAILURE)/.test(text)) {
    console.log(`[launcher]   ${line}`);
  }
}
function pipeLines(stream) {
  let buf = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    buf += chunk;
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      onLine(buf.slice(0, i).replace(/\r$/, ""));
      buf = buf.slice(i + 1);
    }
  });
  stream.on("end", () => buf && onLine(buf));
}
pipeLines(child.stdout);
pipeLines(child.stderr);

child.on("error", (err) => fail(`could not run ${mvn}: ${err.message}`));
child.on("close", (code, signal) => {
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0 || !existsSync(jar) || !existsSync(lib)) {
    console.error(transcript.slice(-60).join("\n"));
    fail(`Maven build failed (${signal ?? `exit ${code}`}) after ${secs}s; see the output above.`);
  }
  writeFileSync(stampFile, `${hash}\n`);
  log(`built ${relative(root, jar)} in ${secs}s${downloads ? ` (${downloads} artifacts downloaded)` : ""}`);
});
