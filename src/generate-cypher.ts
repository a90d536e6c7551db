import "reflect-metadata";
import * as fs from "node:fs";
import * as path from "node:path";
import { GENERATED_DIR, QUERIES_DIR, renderFamilies } from "./db/cypher-files";
import { GENERATED_QUERIES } from "./generated-queries";

/** `npm run cypher:generate`: rewrites cypher/queries/generated/ and the single-file templates' queries from cypher/templates/ (a test keeps them in sync). */
const files = renderFamilies(GENERATED_QUERIES);
fs.rmSync(GENERATED_DIR, { recursive: true, force: true });
fs.mkdirSync(GENERATED_DIR, { recursive: true });
for (const [name, text] of files) fs.writeFileSync(path.join(QUERIES_DIR, name), text);
console.log(`wrote ${files.size} query files below ${path.relative(process.cwd(), QUERIES_DIR)}`);
