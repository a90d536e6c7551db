import type { Logger } from "../common/logger";
import type { LocalNeo4j, LocalNeo4jExit } from "./local-neo4j";

/**
 * Keeps the local Neo4j running for the API: when its java process dies without being asked to
 * (OOM killer, a crash, a stray kill), the supervisor logs it and starts it again on the same port
 * and store, so the driver (bound to that URI) reconnects by itself. Restarts back off (1 s, 2 s,
 * 4 s ...); after `maxAttempts` failed or short-lived restarts in a row it gives up, and the caller
 * exits non-zero so that an outer supervisor (systemd, Kubernetes, a CI runner) takes over.
 */
export interface Neo4jSupervisorOptions {
  /** Starts a new instance on the given port and the same store. */
  restart: (port: number) => Promise<LocalNeo4j>;
  logger: Logger;
  /** Called once when restarting has failed `maxAttempts` times in a row. */
  onGiveUp: (reason: string) => void;
  /** Default 5. */
  maxAttempts?: number;
  /** Delay before the first restart; doubled for each next one. Default 1000 ms. */
  firstDelayMs?: number;
  /** An instance that ran this long before it died resets the attempt count. Default 60 s. */
  stableAfterMs?: number;
}

export interface SupervisedNeo4j {
  /** The running instance (a new one after each restart). */
  current(): LocalNeo4j;
  /** Stops the running instance and any restart in progress; no restart after this. */
  stop(): Promise<void>;
}

export function superviseLocalNeo4j(first: LocalNeo4j, options: Neo4jSupervisorOptions): SupervisedNeo4j {
  const { restart, logger, onGiveUp } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const firstDelayMs = options.firstDelayMs ?? 1000;
  const stableAfterMs = options.stableAfterMs ?? 60_000;
  const port = Number(new URL(first.uri.replace(/^bolt:/, "http:")).port);

  let current = first;
  let stopped = false;
  let attempts = 0;
  let pending: Promise<LocalNeo4j | undefined> | undefined;
  let wakeUp: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => (clearTimeout(timer), resolve());
    });

  const watch = (instance: LocalNeo4j, startedAt: number) => {
    void instance.exited.then((exit) => {
      if (stopped || exit.requested) return;
      if (Date.now() - startedAt >= stableAfterMs) attempts = 0;
      logger.error("local Neo4j exited unexpectedly; restarting it", { pid: instance.pid, exit: describeExit(exit), port });
      pending = restartWithBackoff();
    });
  };

  const restartWithBackoff = async (): Promise<LocalNeo4j | undefined> => {
    while (attempts < maxAttempts) {
      const delayMs = firstDelayMs * 2 ** attempts;
      attempts++;
      await pause(delayMs);
      if (stopped) return undefined;
      const began = Date.now();
      try {
        const next = await restart(port);
        if (stopped) {
          await next.stop();
          return undefined;
        }
        current = next;
        logger.warn("local Neo4j restarted", { pid: next.pid, attempt: attempts, startMs: Date.now() - began });
        watch(next, Date.now());
        return next;
      } catch (error) {
        logger.error("local Neo4j restart failed", { attempt: attempts, of: maxAttempts, detail: (error as Error).message });
      }
    }
    if (!stopped)
      onGiveUp(
        `the local Neo4j could not be kept running (${maxAttempts} restarts in a row failed or died within ${stableAfterMs / 1000} s)`,
      );
    return undefined;
  };

  watch(first, Date.now());
  return {
    current: () => current,
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await pending;
      await current.stop();
    },
  };
}

function describeExit(exit: LocalNeo4jExit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}
