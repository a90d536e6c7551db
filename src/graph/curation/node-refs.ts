import { ManagedTransaction } from "neo4j-driver";
import { fromGlobalId, globalIdOfRow, NodeKind } from "../../common/global-id";
import { cypher } from "../../db/cypher-files";
import { toPlain } from "../../db/values";
import { UserErrorCode } from "./curation.payloads";
import { abort } from "./user-errors";

/** A node an input names by id: its slug now, and whether the id was a retired one (a merged entity's). */
export interface NodeRef {
  slug: string;
  redirected: boolean;
}

/**
 * The node an id names: an old-format id carries its slug, a stable id is looked up (a merged
 * entity's id resolves to the survivor, as `node(id:)` does, with `redirected` true).
 */
export async function resolveNodeId(tx: ManagedTransaction, id: string, kind: NodeKind, field: string): Promise<NodeRef> {
  const parsed = fromGlobalId(id);
  const notFound = () =>
    abort(field, `not the id of a ${kind === "Entity" ? "n entity" : ` ${kind.toLowerCase()}`}`, UserErrorCode.NOT_FOUND);
  if (!parsed || parsed.kind !== kind) return notFound();
  if (parsed.legacySlug !== undefined) return { slug: parsed.legacySlug, redirected: false };
  const result = await tx.run(cypher("get-node-slugs-by-uids"), { keys: [{ kind, uid: parsed.uid }] });
  if (result.records.length === 0) return notFound();
  return { slug: result.records[0].get("slug") as string, redirected: result.records[0].get("redirected") === true };
}

export async function nodeSlug(tx: ManagedTransaction, id: string, kind: NodeKind, field: string): Promise<string> {
  return (await resolveNodeId(tx, id, kind, field)).slug;
}

export function entitySlug(tx: ManagedTransaction, id: string, field: string): Promise<string> {
  return nodeSlug(tx, id, "Entity", field);
}

/**
 * The entity's current id, whatever id the caller named it by (an old-format or a retired one): the
 * key its history is filed under, so `Entity.history` finds every change.
 */
export async function entityIdOf(tx: ManagedTransaction, slug: string): Promise<string> {
  const result = await tx.run(cypher("get-entities-by-slugs"), { slugs: [slug] });
  const row = result.records.length > 0 ? (toPlain(result.records[0].get("entity")) as Record<string, unknown>) : { slug };
  return globalIdOfRow("Entity", row);
}
