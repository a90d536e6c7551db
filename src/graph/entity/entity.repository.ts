import { GraphDatabase } from "../../db/graph-database";
import { Entity, entityFromRow } from "./entity.type";

/**
 * Entities by slug, in one query, keyed by the slug asked; unknown slugs are absent from the map. A
 * retired slug (of a renamed or merged entity) maps to the surviving entity with `redirectedFrom` set.
 */
export async function getEntitiesBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, Entity>> {
  const rows = await db.read<{ requested: string; entity: Record<string, unknown> }>("get-entities-by-slugs", { slugs });
  return new Map(
    rows.map(({ requested, entity }) => {
      const found = entityFromRow(entity);
      if (found.slug !== requested) found.redirectedFrom = requested;
      return [requested, found];
    }),
  );
}
