import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { readSortKeyPages } from "../../db/sort-key-pages";

/** One co-investment pair as the queries return it: the other side, the companies (and, for founders, the backers) between them. */
export interface CoInvestmentRow {
  sortKey: string;
  other: Record<string, unknown>;
  companies: string[];
  backers?: string[];
}

/** Which question: an investor's co-investors, or the other founders a founder's backers funded. */
export type CoInvestmentView = "coInvestors" | "fellowFounders";

const QUERIES: Record<CoInvestmentView, string> = {
  coInvestors: "get-co-investors-by-investor-slugs",
  fellowFounders: "get-fellow-founders-by-founder-slugs",
};

/** One page of pairs for each parent slug, in one query. */
export function getCoInvestmentPages(db: GraphDatabase, view: CoInvestmentView, slugs: string[], page: PageRequest) {
  return readSortKeyPages<CoInvestmentRow>(db, QUERIES[view], slugs, page);
}
