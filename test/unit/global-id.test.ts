import { fromGlobalId, legacyGlobalId, newNodeUid, NodeKind, seededGlobalId, toGlobalId } from "../../src/common/global-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("stable node uids", () => {
  it("derives a seeded node's uid from kind and slug (RFC 4122 version 5), the same on every call and machine", () => {
    const uid = newNodeUid("Entity", "moonshot-ai");
    expect(uid).toMatch(UUID);
    expect(uid[14]).toBe("5");
    expect("89ab").toContain(uid[19]);
    expect(newNodeUid("Entity", "moonshot-ai")).toBe(uid);
    // Pinned: changing the namespace or the name's form would change every seeded id in every database.
    expect(uid).toBe("27dfbac3-2479-5752-9f0b-24d9377d0ff2");
  });

  it("gives another kind or slug another uid, and a node created without a seed slug a random one", () => {
    expect(newNodeUid("Event", "moonshot-ai")).not.toBe(newNodeUid("Entity", "moonshot-ai"));
    expect(newNodeUid("Entity", "moonshot")).not.toBe(newNodeUid("Entity", "moonshot-ai"));
    const random = newNodeUid("Entity");
    expect(random).toMatch(UUID);
    expect(newNodeUid("Entity")).not.toBe(random);
  });
});

describe("global ids", () => {
  it.each<[NodeKind, string]>([
    ["Entity", "moonshot-ai"],
    ["Event", "gsr-ventures-arbitration-against-moonshot-founders-2024-11"],
    ["Metric", "kimi-monthly-active-users-2024-11"],
    ["Source", "tech-planet-2024-12-06"],
  ])("round-trips a %s id (uid of %s), naming neither kind nor slug", (kind, slug) => {
    const uid = newNodeUid(kind, slug);
    const id = toGlobalId(kind, uid);
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(Buffer.from(id, "base64url").toString("latin1")).not.toContain(kind);
    expect(fromGlobalId(id)).toEqual({ kind, uid });
    expect(seededGlobalId(kind, slug)).toBe(id);
  });

  it("gives the same uid different ids under different kinds", () => {
    const uid = newNodeUid("Entity");
    expect(toGlobalId("Entity", uid)).not.toBe(toGlobalId("Event", uid));
  });

  it("refuses to encode something that is not a uid (a slug)", () => {
    expect(() => toGlobalId("Entity", "moonshot-ai")).toThrow(/Not a node uid/);
  });

  it("still decodes an id of the old format (base64url of Kind:slug) as a slug to resolve, for one release", () => {
    expect(legacyGlobalId("Entity", "moonshot-ai")).toBe(Buffer.from("Entity:moonshot-ai").toString("base64url"));
    expect(fromGlobalId(legacyGlobalId("Entity", "moonshot-ai"))).toEqual({ kind: "Entity", legacySlug: "moonshot-ai" });
    // An old-format slug that looks like a uid is still read as a slug: the formats differ in their first byte.
    const uidLike = newNodeUid("Entity");
    expect(fromGlobalId(legacyGlobalId("Entity", uidLike))).toEqual({ kind: "Entity", legacySlug: uidLike });
  });

  const valid = toGlobalId("Entity", newNodeUid("Entity", "acme"));
  const bytes = Buffer.from(valid, "base64url");
  const changed = (index: number, value: number) => {
    const copy = Buffer.from(bytes);
    copy[index] = value;
    return copy.toString("base64url");
  };

  it.each([
    ["an empty string", ""],
    ["standard base64 padding", Buffer.from("Entity:acme").toString("base64") + "=="],
    ["a slug without a kind", Buffer.from("acme").toString("base64url")],
    ["an unknown kind", Buffer.from("Organization:acme").toString("base64url")],
    ["a slug with upper case", Buffer.from("Entity:Acme").toString("base64url")],
    ["a slug with a trailing hyphen", Buffer.from("Entity:acme-").toString("base64url")],
    ["an empty slug", Buffer.from("Entity:").toString("base64url")],
    ["an over-long id", "A".repeat(401)],
    ["a raw slug", "moonshot-ai!"],
    ["a new-format id with an unknown kind byte", changed(1, 9)],
    ["a new-format id with an unknown format version", changed(0, 2)],
    ["a new-format id cut short", bytes.subarray(0, 17).toString("base64url")],
    ["a non-canonical spelling of a valid id (trailing bits)", valid + "A"],
  ])("rejects %s", (_what, id) => {
    expect(fromGlobalId(id)).toBeNull();
  });

  it("rejects a value that is not a string (from an untyped caller)", () => {
    expect(fromGlobalId(42 as unknown as string)).toBeNull();
  });
});
