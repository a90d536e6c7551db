import * as fs from "node:fs";
import * as path from "node:path";
import { SCHEMA_DIR } from "./schema-sdl";

/** The named example operations of schema/examples.graphql, preloaded in Apollo Sandbox. */
export function exampleOperations(): string {
  const file = path.join(SCHEMA_DIR, "examples.graphql");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "query Hello {\n  __typename\n}\n";
}
