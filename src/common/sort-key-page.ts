import DataLoader from "dataloader";
import { ParentKey, parentLoader } from "./batch-loader";
import { PageArgsShape, PageRequest, pageRequest, toConnection } from "./pagination";

/** A parent's page of rows ordered by one text key, as the aggregated views (backers, co-investors) return it. */
export interface SortKeyPage<Row extends { sortKey: string }> {
  totalCount: number;
  rows: Row[];
}

/** A batched loader of such pages, keyed by parent slug and the page asked for. */
export type SortKeyPageLoader<Row extends { sortKey: string }> = DataLoader<ParentKey<{ page: PageRequest }>, SortKeyPage<Row>, string>;

/** Such a loader over `read`, which answers every parent of one level in one query; a parent it leaves out has an empty page. */
export function sortKeyPageLoader<Row extends { sortKey: string }>(
  read: (slugs: string[], page: PageRequest) => Promise<Map<string, SortKeyPage<Row>>>,
): SortKeyPageLoader<Row> {
  return parentLoader<{ page: PageRequest }, SortKeyPage<Row>>(
    (slugs, { page }) => read(slugs, page),
    () => ({ totalCount: 0, rows: [] }),
  );
}

/**
 * One connection page for one parent through its batched loader, for views whose rows are ordered by
 * their `sortKey` alone (the cursor carries no other sort value).
 */
export async function sortKeyConnection<Row extends { sortKey: string }, Edge extends { node: unknown }>(
  loader: SortKeyPageLoader<Row>,
  parentSlug: string,
  args: PageArgsShape,
  toEdge: (row: Row, cursor: string) => Edge,
) {
  const page = pageRequest(args);
  const result = await loader.load({ slug: parentSlug, args: { page } });
  const rows = result.rows.map((row) => ({ ...row, cursorKey: { s: null, k: row.sortKey } }));
  return toConnection(rows, page, result.totalCount, toEdge);
}
