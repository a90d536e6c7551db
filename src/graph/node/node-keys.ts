import DataLoader from "dataloader";
import { NodeKind, ParsedGlobalId } from "../../common/global-id";
import { GraphDatabase } from "../../db/graph-database";

/** Where a global id leads: the node's kind and current slug; `redirected` when the id was retired (a merged entity's). */
export interface NodeSlug {
  kind: NodeKind;
  slug: string;
  redirected: boolean;
}

interface UidKey {
  kind: NodeKind;
  uid: string;
}

const keyOf = (key: UidKey) => `${key.kind}:${key.uid}`;

/** The current slugs of nodes named by stable id, in one query; unknown uids are absent from the map. */
export async function getSlugsByUids(db: GraphDatabase, keys: UidKey[]): Promise<Map<string, NodeSlug>> {
  const rows = await db.read<UidKey & { slug: string; redirected: boolean }>("get-node-slugs-by-uids", { keys });
  return new Map(rows.map((row) => [keyOf(row), { kind: row.kind, slug: row.slug, redirected: row.redirected }]));
}

/** A per-request loader of slugs by stable id, so `nodes(ids:)` looks all its ids up in one query. */
export function nodeSlugLoader(db: GraphDatabase): DataLoader<UidKey, NodeSlug | null, string> {
  return new DataLoader<UidKey, NodeSlug | null, string>(
    async (keys) => {
      const found = await getSlugsByUids(db, [...keys]);
      return keys.map((key) => found.get(keyOf(key)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}

/**
 * The kind and current slug of the node a decoded global id names: an old-format id carries its slug;
 * a stable id is looked up (through `lookUp`). Null for a uid no node has.
 */
export async function slugOfParsedId(parsed: ParsedGlobalId, lookUp: (key: UidKey) => Promise<NodeSlug | null>): Promise<NodeSlug | null> {
  if (parsed.legacySlug !== undefined) return { kind: parsed.kind, slug: parsed.legacySlug, redirected: false };
  return lookUp({ kind: parsed.kind, uid: parsed.uid });
}

/** slugOfParsedId with a lookup of its own (one query), for arguments resolved outside a request's loaders. */
export function resolveParsedId(db: GraphDatabase, parsed: ParsedGlobalId): Promise<NodeSlug | null> {
  return slugOfParsedId(parsed, async (key) => (await getSlugsByUids(db, [key])).get(keyOf(key)) ?? null);
}
