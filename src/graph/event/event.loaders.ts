import { parentLoader, slugLoader } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import {
  EntityEventsPage,
  EntityEventsSelection,
  getEventsByParticipantSlugs,
  getEventsBySlugs,
  getParticipantsByEventSlugs,
} from "./event.repository";

export function eventLoaders(db: GraphDatabase) {
  return {
    eventBySlug: slugLoader((slugs) => getEventsBySlugs(db, slugs)),
    participantsByEvent: slugLoader((slugs) => getParticipantsByEventSlugs(db, slugs)),
    eventsByParticipant: parentLoader<EntityEventsSelection, EntityEventsPage>(
      (slugs, selection) => getEventsByParticipantSlugs(db, slugs, selection),
      () => ({ totalCount: 0, rows: [] }),
    ),
  };
}
