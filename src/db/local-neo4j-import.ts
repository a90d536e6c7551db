/**
 * Neo4j's offline bulk importer (`neo4j-admin database import full`), run through the launcher's `import`
 * sub-command into a local DBMS home that is not running: the fast way to fill an empty database from CSV
 * files. The files follow the importer's header format (`slug:ID(Entity)`, `:START_ID(Entity)`,
 * `kinds:string[]`, ...); see Neo4j's operations manual, "Import".
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { createInterface } from "node:readline";
import { DEFAULT_JVM_FLAGS, javaExecutable, launcherJarPath, LocalNeo4jError } from "./local-neo4j";

export interface ImportFiles {
  /** Node files: labels (the first is also the id space when the header names none) and the CSV file. */
  nodes: { labels: string[]; file: string }[];
  /** Relationship files: the type and the CSV file. */
  relationships: { type: string; file: string }[];
  /**
   * The files holding a quoted value with a line break. Only these are parsed as multi-line: that parse
   * reads a file on one thread, where the others are split between the importer's workers. When
   * omitted, every file is taken to be multi-line.
   */
  multiline?: string[];
}

export interface ImportOptions {
  /** DBMS home directory, as given to startLocalNeo4j; it must not be running. */
  dataDir: string;
  /** JVM max heap (-Xmx). Default '1g'. */
  heap?: string;
  /** Receives the importer's progress lines. */
  log?: (line: string) => void;
  /** JDK to use; defaults to $JAVA_HOME, then `java` on PATH. */
  javaHome?: string;
  /** The character between the items of a list property. Default ';'. */
  arrayDelimiter?: string;
}

/**
 * The importer's v2 format names the files whose quoted values may hold a line break, as a comma-separated
 * list of paths read as regular expressions; a path with a character other than a word character, `.`,
 * `/` or `-` could be misread, so then every file is parsed as multi-line.
 */
function multilineOptions(files: string[] | undefined): string[] {
  if (files === undefined || files.some((f) => /[^\w./-]/.test(path.resolve(f)))) return ["--multiline-fields=true"];
  if (files.length === 0) return ["--multiline-fields=false"];
  return ["--multiline-fields-format=v2", `--multiline-fields=${files.map((f) => path.resolve(f)).join(",")}`];
}

const PROGRESS_DOTS = /^[-. ]+\d+%/;

/** What the importer printed at the end, and its exit. */
export interface ImportResult {
  nodes: number;
  relationships: number;
  properties: number;
  ms: number;
}

/**
 * Runs the importer and resolves once it has written the store; rejects with the importer's own message
 * (e.g. a duplicate id, a relationship to a missing node, or a database that already holds a store).
 */
export async function importIntoLocalNeo4j(files: ImportFiles, opts: ImportOptions): Promise<ImportResult> {
  const jar = launcherJarPath();
  if (!existsSync(jar) || !existsSync(path.join(path.dirname(jar), "lib"))) {
    throw new LocalNeo4jError("LAUNCHER_NOT_BUILT", `Neo4j launcher not built (${jar} or its lib/ missing). Run: npm run launcher:build`);
  }
  const args = [
    `-Xmx${opts.heap ?? "1g"}`,
    ...DEFAULT_JVM_FLAGS,
    "-jar",
    jar,
    "import",
    "--data",
    path.resolve(opts.dataDir),
    ...files.nodes.map((n) => `--nodes=${n.labels.join(":")}=${path.resolve(n.file)}`),
    ...files.relationships.map((r) => `--relationships=${r.type}=${path.resolve(r.file)}`),
    `--array-delimiter=${opts.arrayDelimiter ?? ";"}`,
    ...multilineOptions(files.multiline),
  ];
  const started = Date.now();
  const output: string[] = [];
  const child = spawn(javaExecutable(opts.javaHome), args, { stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
  const onLine = (line: string) => {
    if (line.trim() === "") return;
    output.push(line);
    // The importer draws a dot per step; its stage lines and totals are what a reader follows.
    if (!PROGRESS_DOTS.test(line)) opts.log?.(line);
  };
  createInterface({ input: child.stdout }).on("line", onLine);
  createInterface({ input: child.stderr }).on("line", onLine);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", (error) => reject(new LocalNeo4jError("START_FAILED", `could not run java: ${error.message}`)));
    child.once("close", resolve);
  });
  const text = output.join("\n");
  if (code !== 0) {
    const tail = output
      .filter((l) => !PROGRESS_DOTS.test(l))
      .slice(-15)
      .join("\n");
    throw new Error(`the bulk import failed (exit ${code}):\n${tail}`);
  }
  const count = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(text)?.[1] ?? 0);
  return { nodes: count("nodes"), relationships: count("relationships"), properties: count("properties"), ms: Date.now() - started };
}
