import "reflect-metadata";
import { startApi } from "../../src/app";
import { silentLogger } from "../../src/common/logger";
import { GraphDatabase } from "../../src/db/graph-database";
import { announce, childDriver } from "./child-env";

/** Ours: the real API (Apollo Server + TypeGraphQL + DataLoaders), as `npm start` serves it (default limits), rate limit off. */
async function main() {
  const db = new GraphDatabase(childDriver(), { timeoutMs: 30_000, logger: silentLogger });
  const api = await startApi({ db, logger: silentLogger, port: 0, host: "127.0.0.1", production: true, shutdownGraceMs: 1000 });
  announce(api.port, async () => {
    await api.stop();
    await db.close();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
