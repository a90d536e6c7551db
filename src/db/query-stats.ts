import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request counters: how many Cypher round trips an operation made (reported and tested). */
export interface QueryStats {
  cypherQueries: number;
  /** Names of the queries run, in order, for the debug log and the round-trip tests. */
  queryNames: string[];
}

const storage = new AsyncLocalStorage<QueryStats>();

/** Runs `fn` with fresh counters that every Cypher call inside it (however deep) adds to. */
export function withQueryStats<T>(stats: QueryStats, fn: () => T): T {
  return storage.run(stats, fn);
}

/** Runs `fn` outside any request's counters: bookkeeping that is not part of the operation (the data version). */
export function withoutQueryStats<T>(fn: () => T): T {
  return storage.exit(fn);
}

export function currentQueryStats(): QueryStats | undefined {
  return storage.getStore();
}

export function newQueryStats(): QueryStats {
  return { cypherQueries: 0, queryNames: [] };
}
