import "reflect-metadata";
import * as fs from "node:fs";
import * as path from "node:path";
import { printSchemaWithBanner, SCHEMA_DIR } from "./schema-sdl";
import { buildAppSchema } from "./schema";

/** `npm run schema:emit`: writes schema/schema.graphql from the code (a test keeps it in sync). */
void buildAppSchema().then((schema) => {
  const file = path.join(SCHEMA_DIR, "schema.graphql");
  fs.writeFileSync(file, printSchemaWithBanner(schema));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
});
