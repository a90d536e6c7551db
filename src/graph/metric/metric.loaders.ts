import { parentLoader, slugLoader } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { getMetricsBySlugs, getMetricsBySubjectSlugs } from "./metric.repository";
import { Metric } from "./metric.type";

export function metricLoaders(db: GraphDatabase) {
  return {
    metricBySlug: slugLoader((slugs) => getMetricsBySlugs(db, slugs)),
    metricsBySubject: parentLoader<{ name: string | null }, Metric[]>((slugs, { name }) => getMetricsBySubjectSlugs(db, slugs, name), () => []),
  };
}
