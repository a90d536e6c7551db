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
  const text = cypherTemplate("list-events", {
    MATCH_EVENTS: participant ? MATCH_PARTICIPANT : MATCH_ALL,
    DIR: ascending ? "ASC" : "DESC",
    CMP: ascending ? ">" : "<",
  });
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
