import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { readSortKeyPages } from "../../db/sort-key-pages";

/** One investor-founder pair as the backer queries return it: the other side, the companies between them, the states. */
export interface BackerRow {
  sortKey: string;
  other: Record<string, unknown>;
  companies: string[];
  states: string[];
  citations: { source: string; quote: string }[];
  /** Where the claims of the investments, foundings and legal actions behind the pair are filed. */
  factKeys: string[];
}

/** Which side the parents are on: founders (their backers) or investors (the founders they backed). */
export type BackerSide = "founder" | "investor";

const QUERIES: Record<BackerSide, string> = {
  founder: "get-backers-by-founder-slugs",
  investor: "get-founder-relations-by-investor-slugs",
};

/** One page of backer pairs for each parent slug, in one query. */
export function getBackerPages(db: GraphDatabase, side: BackerSide, slugs: string[], page: PageRequest) {
  return readSortKeyPages<BackerRow>(db, QUERIES[side], slugs, page);
}
