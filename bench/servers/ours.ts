import "reflect-metadata";
import { startApi } from "../../src/app";
import { silentLogger } from "../../src/common/logger";
import { GraphDatabase } from "../../src/db/graph-database";
import { announce, childDriver } from "./child-env";

/**
 * "An investor's portfolio with each company's founders" is 8 levels deep in Relay connections
 * (entity > portfolio > edges > node > founders > edges > node > name), over the default MAX_DEPTH (7);
 * the bench raises the depth limit as an operator would with MAX_DEPTH=8. Everything else is default.
 */
const OPERATION_DEPTH = 8;

/** Ours: the real API (Apollo Server + TypeGraphQL + DataLoaders), as `npm start` serves it, rate limit off. */
async function main() {
  const db = new GraphDatabase(childDriver(), { timeoutMs: 30_000, logger: silentLogger });
  const api = await startApi({ db, logger: silentLogger, port: 0, host: "127.0.0.1", production: true, shutdownGraceMs: 1000, limits: { maxDepth: OPERATION_DEPTH } });
  announce(api.port, async () => {
    await api.stop();
    await db.close();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
