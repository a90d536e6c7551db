import { sortKeyPageLoader } from "../../common/sort-key-page";
import { GraphDatabase } from "../../db/graph-database";
import { BackingRow, BackingSide, getBackingPages } from "./backing.repository";

export function backingLoaders(db: GraphDatabase) {
  const backingLoader = (side: BackingSide) => sortKeyPageLoader<BackingRow>((slugs, page) => getBackingPages(db, side, slugs, page));
  return {
    /** A founder's backings: the investors in their companies (Person.backers). */
    backingsByFounder: backingLoader("founder"),
    /** An investor's backings: the founders of its companies (Organization.backedFounders). */
    backingsByInvestor: backingLoader("investor"),
  };
}
