import { indexBySlug, ParentGroup } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { Metric, metricFromRow } from "./metric.type";

/** Metrics by slug. */
export async function getMetricsBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, Metric>> {
  return indexBySlug(await db.read("get-metrics-by-slugs", { slugs }), "metric", metricFromRow);
}

/** Which metrics of an entity: those about it (`subject`) or those it reported (`reporter`), all or those named `name`. */
export interface MetricSelection {
  side: "subject" | "reporter";
  name: string | null;
}

/** For every group, its entities' metrics by slug: all the groups of one level in one query. */
export async function getMetricsOfEntities(db: GraphDatabase, groups: ParentGroup<MetricSelection>[]): Promise<Map<string, Metric[]>[]> {
  const rows = await db.read<{ part: number; slug: string; metrics: Record<string, unknown>[] }>("get-metrics-by-entity-slugs", {
    groups: groups.map((group, part) => ({ part, side: group.args.side, name: group.args.name, slugs: group.slugs })),
  });
  const answers = groups.map(() => new Map<string, Metric[]>());
  for (const row of rows) answers[row.part].set(row.slug, row.metrics.map(metricFromRow));
  return answers;
}
