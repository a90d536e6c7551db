import { cypher, CypherFamily, generatedQuery, projectedQuery } from "../../db/cypher-files";
import { BadUserInputError } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { resolveParsedId } from "../node/node-keys";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { int, pageParams } from "../../db/values";
import { indexBySlug } from "../../common/batch-loader";
import { entityFromRow } from "../entity/entity.type";
import { EventFilter, OrderDirection } from "./event.args";
import { Event, eventFromRow, Participant } from "./event.type";
import { MAX_SINGLE_DATE_DAYS } from "../../common/partial-date";
import { EventPageProjection, FULL_EVENT_PROJECTION, propertyList } from "../../db/projection";

/** Which optional filters a timeline call has (their values travel as parameters). */
export interface EventFilterShape {
  types: boolean;
  from: boolean;
  to: boolean;
}
export const NO_FILTERS: EventFilterShape = { types: false, from: false, to: false };
const FILTER_SHAPES: EventFilterShape[] = [false, true].flatMap((types) =>
  [false, true].flatMap((from) => [false, true].map((to) => ({ types, from, to }))),
);

// Index hints. Neo4j plans once per query text, not per parameter value, and on a small or skewed
// graph its statistics may pick a label scan or a wider index; these are the indexes whose rows are
// a subset of every other candidate's. One participant's events are few: found from the
// participant, then sorted, with no hint. A date window (`from` and `to`) is read once for the count
// and the page, bounded on both sides (`window` in list-events.cypher); the two tables below are for
// the other filter sets.

/**
 * The count's index (its properties), by which filters are present (types, from, to). A type and a
 * whole date window: event_type_date_range, which also compares dateEnd on the index's own values. A
 * type and `from` alone, or `from` and `to`, have two comparable indexes (which is narrower depends on
 * the dates): the planner picks. No filter at all is read from the count store.
 */
const COUNT_INDEX: Record<string, string | null> = {
  "types+from+to": "type, dateStart, dateEnd",
  "types+to": "type, dateStart",
  "types+from": null,
  types: "type",
  "from+to": null,
  from: "dateEnd",
  to: "dateStart",
  unfiltered: null,
};

/**
 * The page's index. Without a `from`, or without a type, it is read in date order off event_date and
 * stops after `limit` matches (seeking to `to` or the cursor when given). A type and a `from`: walking
 * event_date from the start of time would read every earlier event of any type, so it reads the
 * type's events up to `to` from event_type_date_range, compares dateEnd on the index's values and
 * keeps the top `limit` (the rows the count reads).
 */
const pageIndex = (f: EventFilterShape) => (f.types && f.from ? "type, dateStart, dateEnd" : "dateStart");

const filterKey = (f: EventFilterShape) => (["types", "from", "to"] as const).filter((k) => f[k]).join("+") || "unfiltered";

const variantName = (byParticipant: boolean, ascending: boolean, withCursor: boolean, filters: EventFilterShape) =>
  `${byParticipant ? "participant" : "all"}.${ascending ? "asc" : "desc"}${withCursor ? ".after" : ""}.${filterKey(filters)}`;

/** The template's view of what each event of the page is read with (list-events.cypher). */
function projectionView(projection: EventPageProjection) {
  return {
    eventProperties: propertyList("ev", projection.properties),
    withCitations: projection.citations,
    withParticipants: projection.participants,
    entityProjection: projection.entity,
  };
}

/** Every start (all events or one participant's), order, first-or-later page and filter set: the whitelist of generated list-events files. */
export const EVENT_LIST_QUERIES: CypherFamily = {
  template: "list-events",
  variants: [false, true].flatMap((byParticipant) =>
    [true, false].flatMap((ascending) =>
      [false, true].flatMap((withCursor) =>
        FILTER_SHAPES.map((f) => ({
          name: variantName(byParticipant, ascending, withCursor, f),
          view: {
            participant: byParticipant,
            // Without a participant every row is a different event, and count(ev) with no filter is
            // read from the count store.
            countIndex: byParticipant ? null : COUNT_INDEX[filterKey(f)],
            pageIndex: byParticipant ? null : pageIndex(f),
            order: ascending ? "ASC" : "DESC",
            cmp: ascending ? ">" : "<",
            cursor: withCursor,
            ...f,
            anyFilter: f.types || f.from || f.to,
            window: !byParticipant && f.from && f.to,
            windowIndex: f.types ? "type, dateStart, dateEnd" : "dateStart",
            maxSingleDateDays: MAX_SINGLE_DATE_DAYS,
            andBeforeFrom: f.types && f.from,
            andBeforeTo: (f.types || f.from) && f.to,
            // The generated file reads everything; the API renders the projection it needs (eventListText).
            ...projectionView(FULL_EVENT_PROJECTION),
          },
        })),
      ),
    ),
  ),
};

export interface EventPage {
  totalCount: number;
  events: Record<string, unknown>[];
}

/** The generated list-events file for a timeline call's shape. */
export function eventListQueryName(
  byParticipant: boolean,
  ascending: boolean,
  withCursor = false,
  filters: EventFilterShape = NO_FILTERS,
): string {
  return generatedQuery("list-events", variantName(byParticipant, ascending, withCursor, filters));
}

/** The text of that file (for the EXPLAIN tests). */
export function eventListQuery(
  byParticipant: boolean,
  ascending: boolean,
  withCursor = false,
  filters: EventFilterShape = NO_FILTERS,
): string {
  return cypher(eventListQueryName(byParticipant, ascending, withCursor, filters));
}

/**
 * The statement of a generated list-events file with only `projection` read: the template rendered
 * again with the projection in its view. Everything else (the match, the filters, the index hints) is
 * the generated file's.
 */
function eventListText(name: string, projection: EventPageProjection): string {
  return projectedQuery(EVENT_LIST_QUERIES, name, projection, projectionView(projection));
}

/**
 * The timeline: filtered, keyset-paged, index-backed on (type, dateStart) or on the participant,
 * reading of each event what `projection` says is selected.
 */
export async function listEvents(
  db: GraphDatabase,
  filter: EventFilter | null | undefined,
  direction: OrderDirection,
  page: PageRequest,
  projection: EventPageProjection,
): Promise<EventPage> {
  let participant: string | null = null;
  if (filter?.participantId != null) {
    const parsed = fromGlobalId(filter.participantId);
    if (!parsed || parsed.kind !== "Entity") throw new BadUserInputError("filter.participantId", "is not the id of an entity.");
    const target = await resolveParsedId(db, parsed);
    // An id no entity has filters to nothing, as an unknown old-format id always did.
    if (!target) return { totalCount: 0, events: [] };
    participant = target.slug;
  }
  if (filter?.from && filter?.to && filter.from > filter.to)
    throw new BadUserInputError("filter.from", `(${filter.from}) is after filter.to (${filter.to}).`);
  // Paging backwards walks the requested order in reverse; toConnection flips the rows back.
  const ascending = (direction === OrderDirection.ASC) !== page.backward;
  const cursor = page.backward ? page.before : page.after;
  const types = filter?.types?.length ? filter.types : null;
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  const name = eventListQueryName(participant !== null, ascending, cursor !== null, {
    types: types !== null,
    from: from !== null,
    to: to !== null,
  });
  const [row] = await db.readAssembled<EventPage>(name, eventListText(name, projection), {
    participant,
    types,
    from,
    to,
    cursorDate: cursor ? String(cursor.s) : null,
    cursorSlug: cursor?.k ?? null,
    limit: int(page.limit),
  });
  return row ?? { totalCount: 0, events: [] };
}

type Row = Record<string, unknown>;

/** A participant as the queries project it: the role and the entity's row. */
export interface ParticipantRow {
  role: string;
  entity: Row;
}

export function participantsFromRows(rows: ParticipantRow[]): Participant[] {
  return rows.map((p) => ({ role: p.role as Participant["role"], entity: entityFromRow(p.entity) }));
}

/** Events by slug. */
export async function getEventsBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, Event>> {
  return indexBySlug(await db.read("get-events-by-slugs", { slugs }), "event", eventFromRow);
}

/** The participants of each event, by the event's slug. */
export async function getParticipantsByEventSlugs(db: GraphDatabase, slugs: string[]) {
  const rows = await db.read<{ slug: string; participants: ParticipantRow[] }>("get-participants-by-event-slugs", { slugs });
  return new Map(rows.map((r) => [r.slug, participantsFromRows(r.participants)]));
}

/** Which of an entity's events a page shows. */
export interface EntityEventsSelection {
  types: string[] | null;
  page: PageRequest;
}
export interface EntityEventsPage {
  totalCount: number;
  rows: { sortKey: string; event: Row; roles: string[] }[];
}

/** One page of each participant's events, by the participant's slug. */
export async function getEventsByParticipantSlugs(
  db: GraphDatabase,
  slugs: string[],
  { types, page }: EntityEventsSelection,
): Promise<Map<string, EntityEventsPage>> {
  const rows = await db.read<{ slug: string } & EntityEventsPage>("get-events-by-participant-slugs", { slugs, types, ...pageParams(page) });
  return new Map(rows.map((r) => [r.slug, r]));
}
