import { slugLoader } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { getSummariesBySlugs } from "./summary.repository";

export function summaryLoaders(db: GraphDatabase) {
  return {
    /** Events per year and investment figures: every aggregate field of one level in one query. */
    summaryByEntity: slugLoader((slugs) => getSummariesBySlugs(db, slugs)),
  };
}
