import { indexBySlug } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { CypherFamily, generatedQuery } from "../../db/cypher-files";
import { BadUserInputError } from "../../common/errors";
import { CursorKey, PageRequest } from "../../common/pagination";
import { int, pageParams } from "../../db/values";
import { Entity, entityFromRow } from "../entity/entity.type";
import { Event, eventFromRow } from "../event/event.type";
import { OrderDirection } from "../event/event.args";
import { Source, sourceFromRow } from "./source.type";

/** Sources by slug without their (long) text. */
export async function getSourcesBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, Source>> {
  return indexBySlug(await db.read("get-sources-by-slugs", { slugs, withText: false }), "source", sourceFromRow);
}

/** The full texts of sources, by slug. */
export async function getSourceTextsBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, string>> {
  return indexBySlug(await db.read("get-sources-by-slugs", { slugs, withText: true }), "source", (row) => row.text as string);
}

/** One keyset page of every source, in slug order, with the total count. */
export async function listSources(db: GraphDatabase, direction: OrderDirection, page: PageRequest): Promise<SourcePage> {
  // Paging backwards walks the requested order in reverse; toConnection flips the rows back.
  const ascending = (direction === OrderDirection.ASC) !== page.backward;
  const cursor = page.backward ? page.before : page.after;
  if (cursor && typeof cursor.k !== "string")
    throw new BadUserInputError(page.backward ? "before" : "after", "is not a cursor of this list.");
  const [row] = await db.read<{ totalCount: number; sources: Record<string, unknown>[] }>(sourceListQueryName(ascending, cursor !== null), {
    cursorSlug: cursor?.k ?? null,
    limit: int(page.limit),
  });
  return {
    totalCount: row?.totalCount ?? 0,
    rows: (row?.sources ?? []).map((s) => ({ source: sourceFromRow(s), cursorKey: { s: null, k: s.slug as string } })),
  };
}

export interface SourcePage {
  totalCount: number;
  rows: { source: Source; cursorKey: CursorKey }[];
}

const variantName = (ascending: boolean, withCursor: boolean) => `${ascending ? "asc" : "desc"}${withCursor ? ".after" : ""}`;

/** Both orders, first or later page: the whitelist of generated list-sources files. */
export const SOURCE_LIST_QUERIES: CypherFamily = {
  template: "list-sources",
  variants: [true, false].flatMap((ascending) =>
    [false, true].map((withCursor) => ({
      name: variantName(ascending, withCursor),
      view: { order: ascending ? "ASC" : "DESC", cursor: withCursor, cmp: ascending ? ">" : "<" },
    })),
  ),
};

/** The generated list-sources file for an order and page (exported for the EXPLAIN test). */
export function sourceListQueryName(ascending: boolean, withCursor: boolean): string {
  return generatedQuery("list-sources", variantName(ascending, withCursor));
}

/** One page of what each source links to, keyed by a unique sort key (the cursor's position). */
export interface SourceLinkPage<T> {
  totalCount: number;
  rows: { sortKey: string; node: T }[];
}

/** One page of the events each source reports (REPORTS), in date order, by source slug. */
export async function getEventsBySourceSlugs(
  db: GraphDatabase,
  slugs: string[],
  page: PageRequest,
): Promise<Map<string, SourceLinkPage<Event>>> {
  const rows = await db.read<{ slug: string; totalCount: number; rows: { sortKey: string; event: Record<string, unknown> }[] }>(
    "get-events-by-source-slugs",
    { slugs, ...pageParams(page) },
  );
  return new Map(
    rows.map((r) => [r.slug, { totalCount: r.totalCount, rows: r.rows.map((x) => ({ sortKey: x.sortKey, node: eventFromRow(x.event) })) }]),
  );
}

/** One page of the entities each source names (MENTIONS), by name, by source slug. */
export async function getMentionsBySourceSlugs(
  db: GraphDatabase,
  slugs: string[],
  page: PageRequest,
): Promise<Map<string, SourceLinkPage<Entity>>> {
  const rows = await db.read<{ slug: string; totalCount: number; rows: { sortKey: string; entity: Record<string, unknown> }[] }>(
    "get-mentions-by-source-slugs",
    { slugs, ...pageParams(page) },
  );
  return new Map(
    rows.map((r) => [
      r.slug,
      { totalCount: r.totalCount, rows: r.rows.map((x) => ({ sortKey: x.sortKey, node: entityFromRow(x.entity) })) },
    ]),
  );
}

/** One page of the sources that name each entity (MENTIONS, the other way), by slug, by entity slug. */
export async function getSourcesByMentionedSlugs(
  db: GraphDatabase,
  slugs: string[],
  page: PageRequest,
): Promise<Map<string, SourceLinkPage<Source>>> {
  const rows = await db.read<{ slug: string; totalCount: number; rows: { sortKey: string; source: Record<string, unknown> }[] }>(
    "get-sources-by-mentioned-slugs",
    { slugs, ...pageParams(page) },
  );
  return new Map(
    rows.map((r) => [
      r.slug,
      { totalCount: r.totalCount, rows: r.rows.map((x) => ({ sortKey: x.sortKey, node: sourceFromRow(x.source) })) },
    ]),
  );
}
