import neo4j, { Driver } from "neo4j-driver";

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

/** How long a transaction (or an auto-commit read, see GraphDatabase) is retried after transient failures. */
export const MAX_RETRY_TIME_MS = 3_000;

/**
 * A driver tuned for an API: the driver's defaults wait up to 60 s for a connection or a retry,
 * which would hold an HTTP request far past any client's patience during an outage.
 */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: MAX_RETRY_TIME_MS,
    maxConnectionPoolSize: 50,
    userAgent: "ai-industry-graph",
    logging: { level: "error", logger: () => undefined },
  });
}

/** Waits until the server answers, or fails with the driver's last error after `timeoutMs`. */
export async function waitForDatabase(driver: Driver, timeoutMs: number, database?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.getServerInfo({ database });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
