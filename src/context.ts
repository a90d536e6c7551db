import { GraphDatabase } from "./db/graph-database";
import { QueryStats } from "./db/query-stats";
import { Logger } from "./common/logger";
import { backingLoaders } from "./graph/backing/backing.loaders";
import { coInvestmentLoaders } from "./graph/co-investment/co-investment.loaders";
import { summaryLoaders } from "./graph/summary/summary.loaders";
import { entityLoaders } from "./graph/entity/entity.loaders";
import { eventLoaders } from "./graph/event/event.loaders";
import { metricLoaders } from "./graph/metric/metric.loaders";
import { relationshipLoaders } from "./graph/relationship/relationship.loaders";
import { sourceLoaders } from "./graph/source/source.loaders";
import { claimLoaders } from "./graph/claim/claim.loaders";
import { Viewer } from "./auth/viewer";
import { RateLimit } from "./graph/rate-limit/rate-limit.type";
import type { RequestInfo } from "./http/request-info";

/** Per-request context: the database, request-scoped DataLoaders (batching + caching), the caller. */
export interface AppContext {
  db: GraphDatabase;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  stats: QueryStats;
  /** The HTTP request's log fields (absent on a subscription, which has no request of its own). */
  requestInfo?: RequestInfo;
  /** The verified API key's holder, or null for an anonymous caller. */
  viewer: Viewer | null;
  /** This operation's cost and the caller's budget, set by the cost plugin before execution. */
  rateLimit?: RateLimit;
  /** How long a mutation's idempotency key replays its first result, in ms; unset: 24 hours. */
  idempotencyTtlMs?: number;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** One request's database, counting its statements into `stats`, and the loaders that read through it. */
export function requestReads(db: GraphDatabase, stats: QueryStats): { db: GraphDatabase; loaders: Loaders } {
  const counted = db.countingInto(stats);
  return { db: counted, loaders: createLoaders(counted) };
}

/**
 * Every domain's DataLoaders, built afresh for each request (so nothing is cached across callers):
 * each turns the N lookups made while resolving one level of a query into one query.
 */
export function createLoaders(db: GraphDatabase) {
  return {
    ...entityLoaders(db),
    ...eventLoaders(db),
    ...metricLoaders(db),
    ...sourceLoaders(db),
    ...relationshipLoaders(db),
    ...backingLoaders(db),
    ...claimLoaders(db),
    ...coInvestmentLoaders(db),
    ...summaryLoaders(db),
  };
}
