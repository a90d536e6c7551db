/**
 * Per-request counters: how many Cypher round trips an operation made (reported and tested). A
 * request's database view counts into them (GraphDatabase.countingInto); the server's own
 * bookkeeping (data version, API keys, the change feed) runs on the uncounted database.
 */
export interface QueryStats {
  cypherQueries: number;
  /** Names of the queries run, in order, for the debug log and the round-trip tests. */
  queryNames: string[];
}

export function newQueryStats(): QueryStats {
  return { cypherQueries: 0, queryNames: [] };
}
