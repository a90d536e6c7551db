import DataLoader from "dataloader";

/** A key of a per-parent field: the parent's slug and the field's arguments. */
export interface ParentKey<A> {
  slug: string;
  args: A;
}

/** The parents that asked one field with the same arguments. */
export interface ParentGroup<A> {
  args: A;
  slugs: string[];
}

/**
 * A DataLoader for fields with arguments: the keys collected while resolving one level are grouped
 * by their arguments, and each group becomes one query over all its parents' slugs. So
 * `organizations(first: 50) { investors(first: 5) }` runs one investors query, not fifty.
 */
export function parentLoader<A, V>(
  load: (slugs: string[], args: A) => Promise<Map<string, V>>,
  missing: (args: A) => V,
): DataLoader<ParentKey<A>, V, string> {
  return groupedParentLoader<A, V>((groups) => Promise.all(groups.map((group) => load(group.slugs, group.args))), missing);
}

/**
 * Like parentLoader, but every group of one level reaches `loadGroups` at once (it returns one map
 * per group, in order), so it can answer them all in one query: `founders` and `investors` of the
 * same organisations are two groups of one relationships loader.
 */
export function groupedParentLoader<A, V>(
  loadGroups: (groups: ParentGroup<A>[]) => Promise<Map<string, V>[]>,
  missing: (args: A) => V,
): DataLoader<ParentKey<A>, V, string> {
  return new DataLoader<ParentKey<A>, V, string>(
    async (keys) => {
      const ids = keys.map((key) => JSON.stringify(key.args));
      const groups = new Map<string, ParentGroup<A>>();
      keys.forEach((key, i) => {
        const group = groups.get(ids[i]) ?? { args: key.args, slugs: [] };
        group.slugs.push(key.slug); // no repeats: DataLoader dedupes keys by the cacheKeyFn below
        groups.set(ids[i], group);
      });
      const loaded = await loadGroups([...groups.values()]);
      const results = new Map([...groups.keys()].map((id, i) => [id, loaded[i]]));
      return keys.map((key, i) => results.get(ids[i])!.get(key.slug) ?? missing(key.args));
    },
    { cacheKeyFn: (key) => JSON.stringify([key.slug, key.args]) },
  );
}

/** A plain by-slug DataLoader over a query returning one row per found slug. */
export function slugLoader<V>(load: (slugs: string[]) => Promise<Map<string, V>>): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (slugs) => {
    const found = await load([...slugs]);
    return slugs.map((slug) => found.get(slug) ?? null);
  });
}

/** Rows of a by-slugs query (`RETURN x AS <column>`) indexed by their slug, each mapped to its object. */
export function indexBySlug<V>(
  rows: Record<string, Record<string, unknown>>[],
  column: string,
  map: (row: Record<string, unknown>) => V,
): Map<string, V> {
  return new Map(rows.map((r) => [r[column].slug as string, map(r[column])]));
}
