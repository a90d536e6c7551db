import neo4j, { Driver, isRetryableError, ManagedTransaction, Neo4jError, QueryResult, RecordShape } from "neo4j-driver";
import { QueryTimeoutError, ServiceUnavailableError } from "../common/errors";
import { Logger } from "../common/logger";
import { cypher, unionAll } from "./cypher-files";
import { MAX_RETRY_TIME_MS } from "./driver";
import { QueryStats } from "./query-stats";
import { toPlain } from "./values";

export interface GraphDatabaseOptions {
  /** Database name; undefined means the server's default. */
  database?: string;
  /** Timeout of every transaction, in ms. */
  timeoutMs: number;
  logger: Logger;
}

type Params = Record<string, unknown>;
type TransactionConfig = { timeout: number; metadata: Record<string, unknown> };

/**
 * The one place that runs Cypher. It chooses read or write transactions, always closes the session,
 * sets the transaction timeout, counts round trips for the current request, converts values, and maps
 * driver failures to the API's error codes. Resolvers and repositories never touch the driver.
 */
export class GraphDatabase {
  /** The request whose statements this view counts; null on the server's own database. */
  private stats: QueryStats | null = null;

  constructor(
    readonly driver: Driver,
    private readonly options: GraphDatabaseOptions,
  ) {}

  /**
   * This database for one request: every statement run through the view is counted in `stats`
   * (`extensions.cypherQueries`, the request log). The view shares the driver and the options, and a
   * subclass's overrides (the tests' fault injection) apply to it too.
   */
  countingInto(stats: QueryStats): GraphDatabase {
    const view = Object.create(this) as GraphDatabase;
    view.stats = stats;
    return view;
  }

  /** Runs `cypher/queries/<name>.cypher` in a read transaction; returns plain rows. */
  async read<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(name, cypher(name), params, "READ");
  }

  /** Runs several query files as one `UNION ALL` read (see unionAll), counted as one round trip named `name`. */
  async readUnionAll<T = Record<string, unknown>>(name: string, names: string[], params: Params = {}): Promise<T[]> {
    return this.readAssembled<T>(name, names.length === 1 ? cypher(names[0]) : unionAll(names), params);
  }

  /** Runs a read given as text, under a name for the stats and the log (the API sends only query files; tests send their own). */
  async readAssembled<T = Record<string, unknown>>(name: string, text: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(name, text, params, "READ");
  }

  /** Runs `cypher/queries/<name>.cypher` in a write transaction; returns plain rows. */
  async write<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(name, cypher(name), params, "WRITE");
  }

  /** Several statements in one write transaction (all or nothing), e.g. loading a seed folder. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = 120_000): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: timeoutMs });
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs statements in one transaction that is always rolled back, so Neo4j plans and caches them
   * (the seed loader sends its statements with no rows while Node still validates the files). Resolves
   * once the statements are sent; `done` resolves (never rejects) when the transaction is gone.
   */
  async sendRolledBack(statements: string[], params: Params): Promise<{ done: Promise<void> }> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const tx = await session.beginTransaction({ timeout: this.options.timeoutMs * 4 });
      const results = statements.map((statement) => tx.run(statement, params).summary());
      const done = Promise.allSettled(results)
        .then(() => tx.rollback())
        .finally(() => session.close())
        .then(
          () => undefined,
          () => undefined,
        );
      return { done };
    } catch (error) {
      await session.close();
      throw this.translate(error);
    }
  }

  /** Runs raw Cypher that is not user-facing (schema statements, EXPLAIN in tests). */
  async runStatement(statement: string, params: Params = {}, mode: "READ" | "WRITE" = "WRITE"): Promise<Record<string, unknown>[]> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const result = await session.run(statement, params, { timeout: this.options.timeoutMs * 4 });
      return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /** True when the database answers a trivial query within a short time. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(name: string, text: string, params: Params, mode: "READ" | "WRITE"): Promise<T[]> {
    if (this.stats) {
      this.stats.cypherQueries += 1;
      this.stats.queryNames.push(name);
    }
    const started = Date.now();
    const config = { timeout: this.options.timeoutMs, metadata: { app: "ai-industry-graph", query: name } };
    try {
      const result = mode === "READ" ? await this.autoCommitRead(text, params, config) : await this.managedWrite(text, params, config);
      this.options.logger.debug("cypher", { query: name, ms: Date.now() - started, rows: result.records.length });
      return result.records.map((record) => toPlain(record.toObject()) as T);
    } catch (error) {
      throw this.translate(error, name);
    }
  }

  private async managedWrite(text: string, params: Params, config: TransactionConfig): Promise<QueryResult> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx: ManagedTransaction) => tx.run<RecordShape>(text, params), config);
    } finally {
      await session.close();
    }
  }

  /**
   * A read as one auto-commit query in a READ-mode session (routed to readers in a cluster, with the
   * same timeout and metadata), retried like `executeRead` retries its transaction: on the errors
   * the driver calls retryable, waiting 1 s, 2 s ... (+-20%) between attempts, never past
   * MAX_RETRY_TIME_MS in all. A managed transaction sends BEGIN, RUN and COMMIT as three writes with two round
   * trips; this sends one, which halves the driver's CPU per read (the largest cost in a profile of
   * the API under load). Every read is a single statement, so nothing needs a transaction around it.
   */
  private async autoCommitRead(text: string, params: Params, config: TransactionConfig): Promise<QueryResult> {
    const started = Date.now();
    for (let delayMs = 1000; ; delayMs *= 2) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      const waitMs = delayMs * (0.8 + Math.random() * 0.4);
      try {
        return await session.run<RecordShape>(text, params, config);
      } catch (error) {
        // Never sleep past the retry budget: during an outage the caller must hear back within it.
        if (!isRetryableError(error) || Date.now() - started + waitMs > MAX_RETRY_TIME_MS) throw error;
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }

  /** Driver failures become API errors; anything else stays internal (and is masked later). */
  private translate(error: unknown, queryName?: string): unknown {
    if (error instanceof Neo4jError) {
      const code = error.code ?? "";
      if (code.includes("TransactionTimedOut") || code.includes("Transaction.Terminated")) {
        return new QueryTimeoutError(this.options.timeoutMs);
      }
      if (
        code === "ServiceUnavailable" ||
        code === "SessionExpired" ||
        code.startsWith("Neo.TransientError.General.DatabaseUnavailable") ||
        /acquisition timed out|connect|ECONNREFUSED/i.test(error.message)
      ) {
        return new ServiceUnavailableError();
      }
      this.options.logger.error("cypher failed", { query: queryName, code, detail: error.message });
    }
    return error;
  }
}
