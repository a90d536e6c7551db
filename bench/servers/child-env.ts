import { Driver } from "neo4j-driver";
import { createDriver } from "../../src/db/driver";

/** What bench/run.ts passes to each server child: the Neo4j to use. */
export function childDriver(): Driver {
  const uri = process.env.BENCH_NEO4J_URI;
  const password = process.env.BENCH_NEO4J_PASSWORD;
  if (!uri || !password) throw new Error("BENCH_NEO4J_URI and BENCH_NEO4J_PASSWORD must be set (bench/run.ts sets them)");
  return createDriver({ uri, user: "neo4j", password });
}

/** Tells the parent the port on one stdout line, and stops cleanly on SIGTERM. */
export function announce(port: number, stop: () => Promise<void>): void {
  process.stdout.write(`BENCH_LISTENING ${port}\n`);
  process.once("SIGTERM", () => void stop().finally(() => process.exit(0)));
}
