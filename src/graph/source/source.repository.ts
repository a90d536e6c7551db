import { indexBySlug } from "../../common/batch-loader";
import { GraphDatabase } from "../../db/graph-database";
import { CypherFamily, generatedQuery } from "../../db/cypher-files";
import { BadUserInputError } from "../../common/errors";
import { CursorKey, PageRequest } from "../../common/pagination";
import { int } from "../../db/values";
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
