import { fromGlobalId, NodeKind, toGlobalId } from "../../src/common/global-id";

describe("global ids", () => {
  it.each<[NodeKind, string]>([
    ["Entity", "moonshot-ai"],
    ["Event", "gsr-ventures-arbitration-against-moonshot-founders-2024-11"],
    ["Metric", "kimi-monthly-active-users-2024-11"],
    ["Source", "tech-planet-2024-12-06"],
  ])("round-trips a %s id for %s", (kind, slug) => {
    const id = toGlobalId(kind, slug);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).not.toContain(slug);
    expect(fromGlobalId(id)).toEqual({ kind, slug });
  });

  it("gives the same slug different ids under different kinds", () => {
    expect(toGlobalId("Entity", "acme")).not.toBe(toGlobalId("Event", "acme"));
  });

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
  ])("rejects %s", (_what, id) => {
    expect(fromGlobalId(id)).toBeNull();
  });

  it("rejects a value that is not a string (from an untyped caller)", () => {
    expect(fromGlobalId(42 as unknown as string)).toBeNull();
  });
});
