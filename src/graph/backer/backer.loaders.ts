import { parentLoader } from "../../common/batch-loader";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { BackerPage, BackerSide, getBackerPages } from "./backer.repository";

export type BackerSelection = { page: PageRequest };

function backerLoader(db: GraphDatabase, side: BackerSide) {
  return parentLoader<BackerSelection, BackerPage>(
    (slugs, { page }) => getBackerPages(db, side, slugs, page),
    () => ({ totalCount: 0, rows: [] }),
  );
}

export function backerLoaders(db: GraphDatabase) {
  return {
    /** A founder's backers (Person.backers). */
    backersByFounder: backerLoader(db, "founder"),
    /** The founders an investor backed (Organization.founderRelations). */
    backedFoundersByInvestor: backerLoader(db, "investor"),
  };
}
