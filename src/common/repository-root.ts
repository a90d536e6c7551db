import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The repository's root folder: the nearest folder above this file holding package.json and cypher/.
 * Found from this file rather than the working directory, so the same code works from src/ (ts-jest,
 * ts-node) and from dist/src/ (compiled), whatever folder the process was started in.
 */
function findRepositoryRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "cypher"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the repository root (package.json and cypher/) above ${__dirname}`);
  }
}

export const REPOSITORY_ROOT = findRepositoryRoot();

/** A path inside the repository, e.g. `repositoryPath("schema", "schema.graphql")`. */
export function repositoryPath(...parts: string[]): string {
  return path.join(REPOSITORY_ROOT, ...parts);
}
