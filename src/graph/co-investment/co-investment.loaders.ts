import { parentLoader } from "../../common/batch-loader";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { CoInvestmentPage, CoInvestmentView, getCoInvestmentPages } from "./co-investment.repository";

export type CoInvestmentSelection = { page: PageRequest };

function coInvestmentLoader(db: GraphDatabase, view: CoInvestmentView) {
  return parentLoader<CoInvestmentSelection, CoInvestmentPage>(
    (slugs, { page }) => getCoInvestmentPages(db, view, slugs, page),
    () => ({ totalCount: 0, rows: [] }),
  );
}

export function coInvestmentLoaders(db: GraphDatabase) {
  return {
    /** Who invested alongside an investor (Organization.coInvestors, Person.coInvestors). */
    coInvestorsByInvestor: coInvestmentLoader(db, "coInvestors"),
    /** The other founders a founder's backers funded (Person.fellowFounders). */
    fellowFoundersByFounder: coInvestmentLoader(db, "fellowFounders"),
  };
}
