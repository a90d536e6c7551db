import { cypherTemplate } from "../../db/cypher-files";
import { BadUserInputError } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";
import { indexBySlug } from "../../common/batch-loader";
import { entityFromRow } from "../entity/entity.type";
import { EventFilter, OrderDirection } from "./event.args";
import { Event, eventFromRow } from "./event.type";

// Whitelisted fragments of list-events.cypher: the caller picks, user text never enters the query.
const MATCH_ALL = "MATCH (ev:Event)";
const MATCH_PARTICIPANT = "MATCH (:Entity {slug: $participant})-[:PARTICIPATED_IN]->(ev:Event)";
/** One plain predicate per optional filter, so each can be an index seek (see list-events.cypher). */
const FILTER_PREDICATES = {
  types: "ev.type IN $types",
  from: "ev.dateEnd >= date($from)",
  to: "ev.dateStart <= date($to)",
} as const;

/** Which optional filters a timeline call has (their values travel as parameters). */
export type EventFilterShape = Record<keyof typeof FILTER_PREDICATES, boolean>;
export const NO_FILTERS: EventFilterShape = { types: false, from: false, to: false };

// Index hints. Neo4j plans once per query text, not per parameter value, and on a small or skewed
// graph its statistics may pick a label scan or a wider index; these are the indexes whose rows are
// a subset of every other candidate's. One participant's events are few: found from the
// participant, then sorted, with no hint.
const hint = (properties: string) => `USING INDEX ev:Event(${properties})`;

/**
 * The count, by which filters are present (types, from, to). A type and a whole date window:
 * event_type_date_range, which also compares dateEnd on the index's own values. A type and `from`
 * alone, or `from` and `to`, have two comparable indexes (which is narrower depends on the dates):
 * the planner picks. No filter at all is read from the count store.
 */
const COUNT_INDEX: Record<string, string> = {
  "types,from,to": hint("type, dateStart, dateEnd"),
  "types,to": hint("type, dateStart"),
  "types,from": "",
  types: hint("type"),
  "from,to": "",
  from: hint("dateEnd"),
  to: hint("dateStart"),
  "": "",
};

/**
 * The whole timeline's page. Without a `from`, or without a type, it is read in date order off
 * event_date and stops after `limit` matches (seeking to `to` or the cursor when given). A type and
 * a `from`: walking event_date from the start of time would read every earlier event of any type,
 * so it reads the type's events up to `to` from event_type_date_range, compares dateEnd on the
 * index's values and keeps the top `limit` (the rows the count reads).
 */
const pageIndex = (f: EventFilterShape) => (f.types && f.from ? hint("type, dateStart, dateEnd") : hint("dateStart"));

const filterKey = (f: EventFilterShape) => (["types", "from", "to"] as const).filter((k) => f[k]).join(",");

export interface EventPage {
  totalCount: number;
  events: Record<string, unknown>[];
}

/** list-events.cypher with its whitelisted fragments filled in (exported for the EXPLAIN test). */
export function eventListQuery(byParticipant: boolean, ascending: boolean, withCursor = false, filters: EventFilterShape = NO_FILTERS): string {
  const cmp = ascending ? ">" : "<";
  const predicates = (Object.keys(FILTER_PREDICATES) as (keyof EventFilterShape)[]).filter((k) => filters[k]).map((k) => FILTER_PREDICATES[k]);
  return cypherTemplate("list-events", {
    MATCH_EVENTS: byParticipant ? MATCH_PARTICIPANT : MATCH_ALL,
    COUNT_WHERE: predicates.length > 0 ? `WHERE ${predicates.join(" AND ")}` : "",
    // Without a participant every row is a different event, and count(ev) with no filter is read
    // from the count store.
    COUNT_INDEX: byParticipant ? "" : COUNT_INDEX[filterKey(filters)],
    COUNT: byParticipant ? "count(DISTINCT ev)" : "count(ev)",
    PAGE_INDEX: byParticipant ? "" : pageIndex(filters),
    DIR: ascending ? "ASC" : "DESC",
    CURSOR: withCursor
      ? `AND ev.dateStart ${cmp}= date($cursorDate) AND CASE WHEN ev.dateStart = date($cursorDate) THEN ev.slug ${cmp} $cursorSlug ELSE true END`
      : "",
    FILTERS: predicates.map((p) => `AND ${p}`).join(" "),
  });
}

/** The timeline: filtered, keyset-paged, index-backed on (type, dateStart) or on the participant. */
export async function listEvents(db: GraphDatabase, filter: EventFilter | null | undefined, direction: OrderDirection, page: PageRequest): Promise<EventPage> {
  let participant: string | null = null;
  if (filter?.participantId != null) {
    const parsed = fromGlobalId(filter.participantId);
    if (!parsed || parsed.kind !== "Entity") throw new BadUserInputError("filter.participantId", "is not the id of an entity.");
    participant = parsed.slug;
  }
  if (filter?.from && filter?.to && filter.from > filter.to) throw new BadUserInputError("filter.from", `(${filter.from}) is after filter.to (${filter.to}).`);
  // Paging backwards walks the requested order in reverse; toConnection flips the rows back.
  const ascending = (direction === OrderDirection.ASC) !== page.backward;
  const cursor = page.backward ? page.before : page.after;
  const types = filter?.types?.length ? filter.types : null;
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  const text = eventListQuery(participant !== null, ascending, cursor !== null, { types: types !== null, from: from !== null, to: to !== null });
  const [row] = await db.readAssembled<EventPage>("list-events", text, {
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

export function participantsFromRows(rows: ParticipantRow[]) {
  return rows.map((p) => ({ role: p.role, entity: entityFromRow(p.entity) }));
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
export async function getEventsByParticipantSlugs(db: GraphDatabase, slugs: string[], { types, page }: EntityEventsSelection): Promise<Map<string, EntityEventsPage>> {
  const rows = await db.read<{ slug: string } & EntityEventsPage>("get-events-by-participant-slugs", {
    slugs,
    types,
    after: page.after?.k ?? null,
    before: page.before?.k ?? null,
    backward: page.backward,
    limit: int(page.limit),
  });
  return new Map(rows.map((r) => [r.slug, r]));
}
