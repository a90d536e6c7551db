/**
 * Opaque, stable global ids: base64url of "<Kind>:<slug>". Kind is the storage label family
 * (Entity, Event, Metric, Source), never the GraphQL type, so an id survives a type being refined.
 */
export type NodeKind = "Entity" | "Event" | "Metric" | "Source";
const KINDS: NodeKind[] = ["Entity", "Event", "Metric", "Source"];

export function toGlobalId(kind: NodeKind, slug: string): string {
  return Buffer.from(`${kind}:${slug}`, "utf8").toString("base64url");
}

/** The kind and slug inside a global id, or null when the id is not one of ours. */
export function fromGlobalId(id: string): { kind: NodeKind; slug: string } | null {
  if (typeof id !== "string" || id.length === 0 || id.length > 400 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  const kind = decoded.slice(0, colon) as NodeKind;
  const slug = decoded.slice(colon + 1);
  if (!KINDS.includes(kind) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return null;
  return { kind, slug };
}
