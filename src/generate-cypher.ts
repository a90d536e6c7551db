import "reflect-metadata";
import * as fs from "node:fs";
import * as path from "node:path";
import { GENERATED_DIR, renderFamilies } from "./db/cypher-files";
import { GENERATED_QUERIES } from "./generated-queries";

/** `npm run cypher:generate`: rewrites cypher/queries/generated/ from the templates (a test keeps it in sync). */
const files = renderFamilies(GENERATED_QUERIES);
fs.rmSync(GENERATED_DIR, { recursive: true, force: true });
fs.mkdirSync(GENERATED_DIR, { recursive: true });
for (const [name, text] of files) fs.writeFileSync(path.join(GENERATED_DIR, name), text);
console.log(`wrote ${files.size} files to ${path.relative(process.cwd(), GENERATED_DIR)}`);
