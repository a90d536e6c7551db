import { parentLoader, slugLoader } from "../../common/batch-loader";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import {
  getEventsBySourceSlugs,
  getMentionsBySourceSlugs,
  getSourcesByMentionedSlugs,
  getSourcesBySlugs,
  getSourceTextsBySlugs,
} from "./source.repository";

const NO_LINKS = () => ({ totalCount: 0, rows: [] });

export function sourceLoaders(db: GraphDatabase) {
  return {
    sourceBySlug: slugLoader((slugs) => getSourcesBySlugs(db, slugs)),
    sourceTextBySlug: slugLoader((slugs) => getSourceTextsBySlugs(db, slugs)),
    // One query per level: every source of a level asking the same page shares it.
    eventsBySource: parentLoader((slugs, page: PageRequest) => getEventsBySourceSlugs(db, slugs, page), NO_LINKS),
    mentionsBySource: parentLoader((slugs, page: PageRequest) => getMentionsBySourceSlugs(db, slugs, page), NO_LINKS),
    sourcesMentioning: parentLoader((slugs, page: PageRequest) => getSourcesByMentionedSlugs(db, slugs, page), NO_LINKS),
  };
}
