import { sortKeyPageLoader } from "../../common/sort-key-page";
import { GraphDatabase } from "../../db/graph-database";
import { BackerRow, BackerSide, getBackerPages } from "./backer.repository";

export function backerLoaders(db: GraphDatabase) {
  const backerLoader = (side: BackerSide) => sortKeyPageLoader<BackerRow>((slugs, page) => getBackerPages(db, side, slugs, page));
  return {
    /** A founder's backers (Person.backers). */
    backersByFounder: backerLoader("founder"),
    /** The founders an investor backed (Organization.founderRelations). */
    backedFoundersByInvestor: backerLoader("investor"),
  };
}
