import { Logger } from "../common/logger";
import { schemaStatements } from "./cypher-files";
import { GraphDatabase } from "./graph-database";

/**
 * Applies cypher/schema/*.cypher in order: constraints and indexes (all `IF NOT EXISTS`, so
 * idempotent), then a wait until the indexes are online, so the first request never runs on a
 * half-built index.
 */
export async function applySchema(db: GraphDatabase, logger: Logger): Promise<void> {
  const statements = schemaStatements();
  for (const statement of statements) await db.runStatement(statement);
  logger.info("schema applied", { statements: statements.length });
}
