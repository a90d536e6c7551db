import { slugLoader } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { getSourcesBySlugs, getSourceTextsBySlugs } from "./source.repository";

export function sourceLoaders(db: GraphDatabase) {
  return {
    sourceBySlug: slugLoader((slugs) => getSourcesBySlugs(db, slugs)),
    sourceTextBySlug: slugLoader((slugs) => getSourceTextsBySlugs(db, slugs)),
  };
}
