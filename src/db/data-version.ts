import type { ManagedTransaction, Transaction } from "neo4j-driver";
import { cypher } from "./cypher-files";
import { GraphDatabase } from "./graph-database";
import { toPlain } from "./values";

/**
 * Moves the graph's data version on by one. Every write calls it inside its own transaction, so the
 * version moves exactly when a change commits (and not for a write that rolls back). Returns the new
 * version. The version is a counter on one `(:DataVersion {id: 'graph'})` node.
 */
export async function bumpDataVersion(tx: ManagedTransaction | Transaction): Promise<number> {
  const result = await tx.run(cypher("bump-data-version"));
  return toPlain(result.records[0].get("version")) as number;
}

/** Reads the data version once (0 before the first change). */
export async function readDataVersion(db: GraphDatabase): Promise<number> {
  const [row] = await db.read<{ version: number }>("get-data-version");
  return row.version;
}

/**
 * The data version as the API reports it, read from Neo4j at most once per `ttlMs` (one read shared
 * by the requests that arrive meanwhile), so every response can carry it for almost nothing. A
 * change made anywhere (another instance, the seed CLI) shows within `ttlMs`.
 */
export class DataVersionCache {
  private value: number | null = null;
  private readAt = 0;
  private pending: Promise<number> | null = null;

  constructor(
    private readonly db: GraphDatabase,
    private readonly ttlMs: number,
  ) {}

  /** The current version, or null when the database cannot be read right now. */
  async current(): Promise<number | null> {
    if (this.value !== null && Date.now() - this.readAt < this.ttlMs) return this.value;
    this.pending ??= this.refresh();
    try {
      return await this.pending;
    } catch {
      return null;
    }
  }

  private async refresh(): Promise<number> {
    const started = Date.now();
    try {
      this.value = await readDataVersion(this.db);
      this.readAt = started;
      return this.value;
    } finally {
      this.pending = null;
    }
  }
}
