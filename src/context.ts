import { GraphDatabase } from "./db/graph-database";
import { QueryStats } from "./db/query-stats";
import { Logger } from "./common/logger";
import { parentLoader, slugLoader } from "./common/batch-loader";
import { entityFromRow } from "./graph/entity/entity.type";
import { eventFromRow } from "./graph/event/event.type";
import { Metric, metricFromRow } from "./graph/metric/metric.type";
import { sourceFromRow } from "./graph/source/source.type";
import { PageRequest } from "./common/pagination";
import { int } from "./db/values";
import { backerLoaders } from "./graph/relationship/backer.loaders";
import { relationshipLoaders } from "./graph/relationship/relationship.loaders";

export interface EntityEventsSelection {
  types: string[] | null;
  page: PageRequest;
}
export interface EntityEventsPage {
  totalCount: number;
  rows: { sortKey: string; event: Row; roles: string[] }[];
}

/** Per-request context: the database, request-scoped DataLoaders (batching + caching), the caller. */
export interface AppContext {
  db: GraphDatabase;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  stats: QueryStats;
}

export type Loaders = ReturnType<typeof createLoaders>;

type Row = Record<string, unknown>;

/** A participant as the queries project it: the role and the entity's row. */
export interface ParticipantRow {
  role: string;
  entity: Row;
}

export function participantsFromRows(rows: ParticipantRow[]) {
  return rows.map((p) => ({ role: p.role, entity: entityFromRow(p.entity) }));
}

/** Runs a by-slugs query and indexes its rows (`RETURN x AS <column>`) by their slug. */
async function bySlug<V>(db: GraphDatabase, query: string, column: string, slugs: string[], map: (row: Row) => V, params: Row = {}) {
  const rows = await db.read<Record<string, Row>>(query, { slugs, ...params });
  return new Map(rows.map((r) => [r[column].slug as string, map(r[column])]));
}

/**
 * Loaders that turn the N lookups made while resolving one level of a query into one UNWIND query.
 * They live for one request only, so nothing is cached across callers.
 */
export function createLoaders(db: GraphDatabase) {
  return {
    entityBySlug: slugLoader((slugs) => bySlug(db, "get-entities-by-slugs", "entity", slugs, entityFromRow)),
    sourceBySlug: slugLoader((slugs) => bySlug(db, "get-sources-by-slugs", "source", slugs, sourceFromRow, { withText: false })),
    sourceTextBySlug: slugLoader((slugs) => bySlug(db, "get-sources-by-slugs", "source", slugs, (row) => row.text as string, { withText: true })),
    eventBySlug: slugLoader((slugs) => bySlug(db, "get-events-by-slugs", "event", slugs, eventFromRow)),
    metricBySlug: slugLoader((slugs) => bySlug(db, "get-metrics-by-slugs", "metric", slugs, metricFromRow)),
    participantsByEvent: slugLoader(async (slugs) => {
      const rows = await db.read<{ slug: string; participants: ParticipantRow[] }>("get-participants-by-event-slugs", { slugs });
      return new Map(rows.map((r) => [r.slug, participantsFromRows(r.participants)]));
    }),
    metricsBySubject: parentLoader<{ name: string | null }, Metric[]>(async (slugs, { name }) => {
      const rows = await db.read<{ slug: string; metrics: Row[] }>("get-metrics-by-subject-slugs", { slugs, name });
      return new Map(rows.map((r) => [r.slug, r.metrics.map(metricFromRow)]));
    }, () => []),
    eventsByParticipant: parentLoader<EntityEventsSelection, EntityEventsPage>(async (slugs, { types, page }) => {
      const rows = await db.read<{ slug: string } & EntityEventsPage>("get-events-by-participant-slugs", {
        slugs,
        types,
        after: page.after?.k ?? null,
        before: page.before?.k ?? null,
        backward: page.backward,
        limit: int(page.limit),
      });
      return new Map(rows.map((r) => [r.slug, r]));
    }, () => ({ totalCount: 0, rows: [] })),
    ...relationshipLoaders(db),
    ...backerLoaders(db),
  };
}
