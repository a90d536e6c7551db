import { PageRequest } from "../common/pagination";
import { SortKeyPage } from "../common/sort-key-page";
import { GraphDatabase } from "./graph-database";
import { pageParams } from "./values";

/**
 * One sort-key page per parent slug (the backer and co-investment views): `query` takes `$slugs` and
 * the page's bounds, and returns one `{slug, totalCount, rows}` row per parent that has any.
 */
export async function readSortKeyPages<Row extends { sortKey: string }>(
  db: GraphDatabase,
  query: string,
  slugs: string[],
  page: PageRequest,
): Promise<Map<string, SortKeyPage<Row>>> {
  const rows = await db.read<{ slug: string } & SortKeyPage<Row>>(query, { slugs, ...pageParams(page) });
  return new Map(rows.map((r) => [r.slug, r]));
}
