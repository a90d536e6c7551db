import { createHash, randomUUID } from "node:crypto";

/**
 * Global ids. Every node carries a stable id (`uid`, a UUID stored on the node and never changed) that
 * is independent of its slug, so renaming or merging an entity keeps ids. The GraphQL `id` is an
 * opaque encoding of the storage kind and that uid. Kind is the storage label family (Entity, Event,
 * Metric, Source), never the GraphQL type, so an id survives a type being refined.
 *
 * Ids of releases before 1.0 were base64url of "<Kind>:<slug>"; they still decode (as `legacySlug`)
 * for one release, resolved through the slug.
 */
export type NodeKind = "Entity" | "Event" | "Metric" | "Source";
const KINDS: NodeKind[] = ["Entity", "Event", "Metric", "Source"];

/** First byte of an encoded id: lets a later format change be told apart (an old id decodes to an ASCII letter). */
const FORMAT_VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Namespace of the name-based uids of seeded nodes (fixed forever: changing it would change every seeded id). */
const SEED_NAMESPACE = Buffer.from("6f1d3c2a8b7e4f5d9a0c1b2e3d4f5a6b", "hex");

/**
 * The uid a new node gets: derived from kind and slug for a node a seed creates (RFC 4122 version 5,
 * so every machine loading the same seeds gives the same ids), random for a node created any other way.
 * Called once, when the node is created; stored, never recomputed.
 */
export function newNodeUid(kind: NodeKind, seedSlug?: string): string {
  if (seedSlug === undefined) return randomUUID();
  const hash = createHash("sha1").update(SEED_NAMESPACE).update(`${kind}:${seedSlug}`, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  return uuidOf(hash.subarray(0, 16));
}

function uuidOf(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The global id of a node of `kind` whose stored uid is `uid`. */
export function toGlobalId(kind: NodeKind, uid: string): string {
  if (!UUID.test(uid)) throw new Error(`Not a node uid: ${uid}`);
  const bytes = Buffer.concat([Buffer.from([FORMAT_VERSION, KINDS.indexOf(kind)]), Buffer.from(uid.replace(/-/g, ""), "hex")]);
  return bytes.toString("base64url");
}

/** The global id of a row's node: its stored uid, or (a node stored before uids were, until the next load backfills it) the one the loader gives it. */
export function globalIdOfRow(kind: NodeKind, row: Record<string, unknown>): string {
  return toGlobalId(kind, typeof row.uid === "string" ? row.uid : newNodeUid(kind, row.slug as string));
}

/**
 * Gives `node` the global id of its row as a property worked out when first read: a page of events or
 * entities is built whole, but their ids are often not selected, and a row read without its `uid`
 * (a projection that does not select the id) would otherwise hash its slug for nothing.
 */
export function withLazyId<T extends object>(node: T, kind: NodeKind, row: Record<string, unknown>): T {
  let id: string | undefined;
  return Object.defineProperty(node, "id", { enumerable: true, configurable: true, get: () => (id ??= globalIdOfRow(kind, row)) });
}

/** The id a seeded node has (its uid derived from its seed slug): for tests and examples. */
export function seededGlobalId(kind: NodeKind, slug: string): string {
  return toGlobalId(kind, newNodeUid(kind, slug));
}

/** An id in the format of releases before 1.0 (base64url of "<Kind>:<slug>"), still accepted for one release. */
export function legacyGlobalId(kind: NodeKind, slug: string): string {
  return Buffer.from(`${kind}:${slug}`, "utf8").toString("base64url");
}

/** What a global id names: a node by uid, or (an old-format id) a node by slug. */
export type ParsedGlobalId =
  { kind: NodeKind; uid: string; legacySlug?: undefined } | { kind: NodeKind; legacySlug: string; uid?: undefined };

/** The kind and uid (or old-format slug) inside a global id, or null when the id is not one of ours. */
export function fromGlobalId(id: string): ParsedGlobalId | null {
  if (typeof id !== "string" || id.length === 0 || id.length > 400 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const bytes = Buffer.from(id, "base64url");
  // Only the canonical spelling of the bytes: another string that decodes to the same bytes is not an id.
  if (bytes.toString("base64url") !== id) return null;
  if (bytes.length === 18 && bytes[0] === FORMAT_VERSION) {
    const kind = KINDS[bytes[1]];
    if (!kind) return null;
    return { kind, uid: uuidOf(bytes.subarray(2)) };
  }
  const decoded = bytes.toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  const kind = decoded.slice(0, colon) as NodeKind;
  const slug = decoded.slice(colon + 1);
  if (!KINDS.includes(kind) || !SLUG.test(slug)) return null;
  return { kind, legacySlug: slug };
}
