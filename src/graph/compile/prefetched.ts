import type { RelationshipPage, RelationshipRow, RelationshipSelection } from "../relationship/relationship.repository";

/** A connection page read by a compiled statement, each row carrying the pages read for its own entity. */
export interface PrefetchedPage extends RelationshipPage {
  rows: PrefetchedRow[];
}

export type PrefetchedRow = RelationshipRow & { prefetched?: Map<string, PrefetchedPage> };

/**
 * Pages a compiled statement read, by the entity object they belong to (the root's, then each edge's
 * node as the connection resolver builds it). A WeakMap: the pages live as long as the request's objects.
 */
const pagesByParent = new WeakMap<object, Map<string, PrefetchedPage>>();

/** The key a page is filed under: the whole validated selection, so another alias with other arguments never takes it. */
export function selectionKey(selection: RelationshipSelection): string {
  return JSON.stringify(selection);
}

export function registerPrefetched(parent: object, pages: Map<string, PrefetchedPage>): void {
  pagesByParent.set(parent, pages);
}

/** The page a compiled statement read for this parent and selection, if it read one. */
export function prefetchedPage(parent: object, selection: RelationshipSelection): PrefetchedPage | undefined {
  return pagesByParent.get(parent)?.get(selectionKey(selection));
}

/** Hands the pages read for a row's entity to the entity object built from it, where its own connections look. */
export function attachPrefetched(node: object | null, row: RelationshipRow): void {
  const pages = (row as PrefetchedRow).prefetched;
  if (node && pages) pagesByParent.set(node, pages);
}
