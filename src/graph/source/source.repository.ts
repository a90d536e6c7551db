import { indexBySlug } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { Source, sourceFromRow } from "./source.type";

/** Sources by slug without their (long) text. */
export async function getSourcesBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, Source>> {
  return indexBySlug(await db.read("get-sources-by-slugs", { slugs, withText: false }), "source", sourceFromRow);
}

/** The full texts of sources, by slug. */
export async function getSourceTextsBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, string>> {
  return indexBySlug(await db.read("get-sources-by-slugs", { slugs, withText: true }), "source", (row) => row.text as string);
}
