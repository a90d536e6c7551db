import { GraphDatabase } from "../../db/graph-database";
import { EntitySummary } from "./summary.type";

/** The dashboard aggregates of each entity, by slug, in one query. */
export async function getSummariesBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, EntitySummary>> {
  const rows = await db.read<{ slug: string } & EntitySummary>("get-summaries-by-entity-slugs", { slugs });
  return new Map(rows.map((r) => [r.slug, { eventsPerYear: r.eventsPerYear, investment: r.investment }]));
}
