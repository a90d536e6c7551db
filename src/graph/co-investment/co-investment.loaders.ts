import { sortKeyPageLoader } from "../../common/sort-key-page";
import { GraphDatabase } from "../../db/graph-database";
import { CoInvestmentRow, CoInvestmentView, getCoInvestmentPages } from "./co-investment.repository";

export function coInvestmentLoaders(db: GraphDatabase) {
  const coInvestmentLoader = (view: CoInvestmentView) =>
    sortKeyPageLoader<CoInvestmentRow>((slugs, page) => getCoInvestmentPages(db, view, slugs, page));
  return {
    /** Who invested alongside an investor (Organization.coInvestors, Person.coInvestors). */
    coInvestorsByInvestor: coInvestmentLoader("coInvestors"),
    /** The other founders a founder's backers funded (Person.fellowFounders). */
    fellowFoundersByFounder: coInvestmentLoader("fellowFounders"),
  };
}
