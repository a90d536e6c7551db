import * as fs from "node:fs";
import * as path from "node:path";
import { repositoryPath } from "../common/repository-root";

/** The repository's cypher/ folder. */
export const CYPHER_DIR = repositoryPath("cypher");

const cache = new Map<string, string>();

/**
 * Text of `cypher/queries/<name>.cypher`, read once. Every query the API sends lives in such a file,
 * so a reviewer finds each one in exactly one place and a test can EXPLAIN them all.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, "queries", `${name}.cypher`);
    text = stripComments(fs.readFileSync(file, "utf8"));
    cache.set(name, text);
  }
  return text;
}

/** Every query file's name, for the EXPLAIN test. */
export function allQueryNames(): string[] {
  return fs
    .readdirSync(path.join(CYPHER_DIR, "queries"))
    .filter((f) => f.endsWith(".cypher"))
    .map((f) => f.replace(/\.cypher$/, ""))
    .sort();
}

/** Statements of a schema file (constraints, indexes), split on `;`. */
export function schemaStatements(): string[] {
  const dir = path.join(CYPHER_DIR, "schema");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .flatMap((f) => stripComments(fs.readFileSync(path.join(dir, f), "utf8")).split(";"))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
}

/**
 * Fills `{{NAME}}` placeholders of a query file with fragments picked from a whitelist by the caller
 * (sort direction, which MATCH to start from). User input never reaches the text; it goes in
 * parameters. Unknown or missing placeholders are programming errors and throw.
 */
export function cypherTemplate(name: string, fragments: Record<string, string>): string {
  return cypher(name).replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    const fragment = fragments[key];
    if (fragment === undefined) throw new Error(`Query ${name} needs fragment ${key}`);
    return fragment;
  });
}
