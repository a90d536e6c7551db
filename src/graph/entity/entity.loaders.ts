import { slugLoader } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { nodeSlugLoader } from "../node/node-keys";
import { getEntitiesBySlugs } from "./entity.repository";

export function entityLoaders(db: GraphDatabase) {
  return {
    entityBySlug: slugLoader((slugs) => getEntitiesBySlugs(db, slugs)),
    // Stable ids of any kind to current slugs: `node(id:)` then loads the node by slug with the loaders above.
    nodeSlugByUid: nodeSlugLoader(db),
  };
}
