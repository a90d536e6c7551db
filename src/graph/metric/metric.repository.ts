import { indexBySlug } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { Metric, metricFromRow } from "./metric.type";

/** Metrics by slug. */
export async function getMetricsBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, Metric>> {
  return indexBySlug(await db.read("get-metrics-by-slugs", { slugs }), "metric", metricFromRow);
}

/** The metrics about each subject (all, or those named `name`), by the subject's slug. */
export async function getMetricsBySubjectSlugs(db: GraphDatabase, slugs: string[], name: string | null): Promise<Map<string, Metric[]>> {
  const rows = await db.read<{ slug: string; metrics: Record<string, unknown>[] }>("get-metrics-by-subject-slugs", { slugs, name });
  return new Map(rows.map((r) => [r.slug, r.metrics.map(metricFromRow)]));
}
