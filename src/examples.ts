import * as fs from "node:fs";
import * as path from "node:path";

/** The repository's schema/ folder, found from this file (works from src/ and dist/src/). */
export const SCHEMA_DIR = path.resolve(__dirname, fs.existsSync(path.resolve(__dirname, "../schema")) ? "../schema" : "../../schema");

/** The named example operations of schema/examples.graphql, preloaded in Apollo Sandbox. */
export function exampleOperations(): string {
  const file = path.join(SCHEMA_DIR, "examples.graphql");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "query Hello {\n  __typename\n}\n";
}
