import { slugLoader } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { getEntitiesBySlugs } from "./entity.repository";

export function entityLoaders(db: GraphDatabase) {
  return {
    entityBySlug: slugLoader((slugs) => getEntitiesBySlugs(db, slugs)),
  };
}
