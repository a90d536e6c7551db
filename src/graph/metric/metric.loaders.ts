import { groupedParentLoader, slugLoader } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { getMetricsBySlugs, getMetricsOfEntities, MetricSelection } from "./metric.repository";
import { Metric } from "./metric.type";

export function metricLoaders(db: GraphDatabase) {
  return {
    metricBySlug: slugLoader((slugs) => getMetricsBySlugs(db, slugs)),
    // `metrics` and `reportedMetrics` of one level share one query (and so their subjects and
    // providers, one level down, are looked up together too).
    metricsOfEntity: groupedParentLoader<MetricSelection, Metric[]>(
      (groups) => getMetricsOfEntities(db, groups),
      () => [],
    ),
  };
}
