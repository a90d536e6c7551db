import { silentLogger } from "../common/logger";
import { applySchema } from "../db/apply-schema";
import { cypher, schemaStatements } from "../db/cypher-files";
import { GraphDatabase } from "../db/graph-database";

/**
 * Runs a load into a database that holds no data yet with the indexes it does not read dropped, then
 * builds them again from cypher/schema/ (and waits until they are online) whether the load succeeded
 * or not. Maintaining an index per written row (the full-text one synchronously, per alias) costs more
 * than one build over the finished graph. Only indexes that cypher/schema/ creates are dropped, so
 * re-applying the schema restores exactly them. Where the user may not change the schema the load runs
 * with the indexes in place, with a note.
 */
export async function withIndexesDeferred<T>(db: GraphDatabase, progress: (line: string) => void, load: () => Promise<T>): Promise<T> {
  const declared = new Set(schemaStatements().flatMap((s) => /INDEX (\w+) IF NOT EXISTS/.exec(s)?.[1] ?? []));
  const dropped: string[] = [];
  try {
    const rows = await db.runStatement(cypher("maintenance/list-deferrable-indexes"), {}, "READ");
    for (const name of rows.map((r) => r.name as string).filter((n) => declared.has(n))) {
      await db.runStatement(cypher("maintenance/drop-index"), { name });
      dropped.push(name);
    }
  } catch (error) {
    progress(`[seed] note: indexes kept during the load (${(error as Error).message})`);
  }
  try {
    return await load();
  } finally {
    if (dropped.length > 0) {
      progress(`[seed] building ${dropped.length} indexes over the loaded graph: ${dropped.join(", ")}`);
      await applySchema(db, silentLogger);
    }
  }
}
