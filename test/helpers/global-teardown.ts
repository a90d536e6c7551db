import * as fs from "node:fs";
import { LocalNeo4j } from "../../src/db/local-neo4j";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __NEO4J__?: LocalNeo4j }).__NEO4J__?.stop();
  const dataDir = process.env.TEST_NEO4J_DATA_DIR;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
