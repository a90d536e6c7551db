import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { readSortKeyPages } from "../../db/sort-key-pages";

/** One backing (an investor-founder pair) as the backing queries return it: the other side, the companies between them, the states. */
export interface BackingRow {
  sortKey: string;
  other: Record<string, unknown>;
  companies: string[];
  states: string[];
  citations: { source: string; quote: string }[];
  /** Where the claims of the investments, foundings and legal actions behind the pair are filed. */
  factKeys: string[];
}

/** Which side the parents are on: founders (their backers) or investors (the founders they backed). */
export type BackingSide = "founder" | "investor";

const QUERIES: Record<BackingSide, string> = {
  founder: "get-backings-by-founder-slugs",
  investor: "get-backings-by-investor-slugs",
};

/** One page of backings for each parent slug, in one query. */
export function getBackingPages(db: GraphDatabase, side: BackingSide, slugs: string[], page: PageRequest) {
  return readSortKeyPages<BackingRow>(db, QUERIES[side], slugs, page);
}
