import { cypherTemplate } from "../../common/cypher-template";
import { BadUserInputError } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";
import { EventFilter, OrderDirection } from "./event.args";

// Whitelisted fragments of list-events.cypher: the caller picks, user text never enters the query.
const MATCH_ALL = "MATCH (ev:Event)";
const MATCH_PARTICIPANT = "MATCH (:Entity {slug: $participant})-[:PARTICIPATED_IN]->(ev:Event)";

export interface EventPage {
  totalCount: number;
  events: Record<string, unknown>[];
}

/** list-events.cypher with its whitelisted fragments filled in (exported for the EXPLAIN test). */
export function eventListQuery(byParticipant: boolean, ascending: boolean, withCursor = false): string {
  const cmp = ascending ? ">" : "<";
  return cypherTemplate("list-events", {
    MATCH_EVENTS: byParticipant ? MATCH_PARTICIPANT : MATCH_ALL,
    // One participant's events are few: found from the participant, then sorted. The whole timeline
    // is read in date order off the event_date index, so a page stops after `limit` events.
    ORDER_INDEX: byParticipant ? "" : "USING INDEX ev:Event(dateStart)",
    DIR: ascending ? "ASC" : "DESC",
    CURSOR: withCursor
      ? `AND ev.dateStart ${cmp}= date($cursorDate) AND CASE WHEN ev.dateStart = date($cursorDate) THEN ev.slug ${cmp} $cursorSlug ELSE true END`
      : "",
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
  const text = eventListQuery(participant !== null, ascending, cursor !== null);
  const [row] = await db.readAssembled<EventPage>("list-events", text, {
    participant,
    types: filter?.types?.length ? filter.types : null,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    cursorDate: cursor ? String(cursor.s) : null,
    cursorSlug: cursor?.k ?? null,
    limit: int(page.limit),
  });
  return row ?? { totalCount: 0, events: [] };
}
