import { indexBySlug } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { Entity, entityFromRow } from "./entity.type";

/** Entities by slug, in one query; unknown slugs are absent from the map. */
export async function getEntitiesBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, Entity>> {
  return indexBySlug(await db.read("get-entities-by-slugs", { slugs }), "entity", entityFromRow);
}
