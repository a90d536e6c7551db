import "reflect-metadata";
import { ADMIN, Curator, EDITOR, removeCurationTestData, startCurator } from "./harness";

// renameEntity and mergeEntities through the schema, as an admin (and refused to an editor): the
// maintenance service of `npm run maintain`, inside one transaction with its audit records.

const TEXT = "Cur Test Alpha and Cur Test Beta are one company, says Cur Test Gamma's founder Cur Test Dora.";

const CREATE_SOURCE = `mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } userErrors { code } } }`;
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } userErrors { field code } } }`;
const RENAME = `mutation($input: RenameEntityInput!) { renameEntity(input: $input) {
  replayed entity { id slug version } change { seq actor operation target before after reason tombstone } userErrors { field message code } } }`;
const MERGE = `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) {
  entity { id slug aliases { name } } change { seq actor operation target tombstone } userErrors { field message code } } }`;
const LOOKUP = `query($slug: String!, $id: ID!) { entity(slug: $slug) { id slug redirectedFrom } node(id: $id) { id ... on Entity { slug } } }`;

describe("renameEntity and mergeEntities (admin)", () => {
  let c: Curator;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    c = await startCurator();
    await removeCurationTestData(c.db);
    const source = await c.run(CREATE_SOURCE, {
      input: {
        slug: "cur-test-m-source",
        title: "One company",
        publisher: "Test Daily",
        publishedAt: "2025-02",
        language: "en",
        text: TEXT,
      },
    });
    expect(source.data.createSource.userErrors).toEqual([]);
    for (const [slug, name, type] of [
      ["cur-test-m-alpha", "Cur Test Alpha", "ORGANIZATION"],
      ["cur-test-m-beta", "Cur Test Beta", "ORGANIZATION"],
      ["cur-test-m-gamma", "Cur Test Gamma", "ORGANIZATION"],
      ["cur-test-m-dora", "Cur Test Dora", "PERSON"],
    ]) {
      const created = await c.run(CREATE_ENTITY, {
        input: { slug, name, type, kinds: [], sourceId: source.data.createSource.source.id, citations: [{ quote: name }] },
      });
      expect(created.data.createEntity.userErrors).toEqual([]);
      ids[slug] = created.data.createEntity.entity.id;
    }
  });
  afterAll(async () => {
    await removeCurationTestData(c.db);
    await c.close();
  });

  const rename = (input: Record<string, unknown>) =>
    c.run(RENAME, { input: { reason: "a better slug", ...input } }, ADMIN).then((r) => r.data.renameEntity);
  const merge = (input: Record<string, unknown>) =>
    c.run(MERGE, { input: { reason: "one company", ...input } }, ADMIN).then((r) => r.data.mergeEntities);

  it("refuses an editor key with FORBIDDEN, writing nothing", async () => {
    const before = await c.counts();
    for (const [query, input] of [
      [RENAME, { id: ids["cur-test-m-alpha"], newSlug: "cur-test-m-a", reason: "x" }],
      [MERGE, { survivorId: ids["cur-test-m-alpha"], mergedId: ids["cur-test-m-beta"], reason: "x" }],
    ] as const) {
      const { errors } = await c.run(query, { input }, EDITOR);
      expect(errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    expect(await c.counts()).toEqual(before);
  });

  it("refuses a bad slug, a taken slug, an unknown id and a stale version, writing nothing", async () => {
    const before = await c.counts();
    const alpha = ids["cur-test-m-alpha"];
    expect((await rename({ id: alpha, newSlug: "Not A Slug" })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "newSlug"], code: "BAD_USER_INPUT" }),
    ]);
    expect((await rename({ id: alpha, newSlug: "cur-test-m-gamma" })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "newSlug"], code: "ALREADY_EXISTS" }),
    ]);
    const nobody = Buffer.from("Entity:cur-test-m-nobody").toString("base64url");
    expect((await rename({ id: nobody, newSlug: "cur-test-m-x" })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "id"], code: "NOT_FOUND" }),
    ]);
    expect((await rename({ id: alpha, newSlug: "cur-test-m-x", expectedVersion: 7 })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "expectedVersion"], code: "CONFLICT" }),
    ]);
    expect((await rename({ id: alpha, newSlug: "cur-test-m-x", reason: " " })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "reason"], code: "BAD_USER_INPUT" }),
    ]);
    expect(await c.counts()).toEqual(before);
  });

  it("renames: the id stays, the old slug resolves to the entity, and the change names the admin", async () => {
    const alpha = ids["cur-test-m-alpha"];
    const payload = await rename({ id: alpha, newSlug: "cur-test-m-alpha-ai", expectedVersion: 1, idempotencyKey: "rename-1" });
    expect(payload.userErrors).toEqual([]);
    expect(payload.entity).toEqual({ id: alpha, slug: "cur-test-m-alpha-ai", version: 2 });
    expect(payload.change).toMatchObject({ actor: "test-admin", operation: "RENAME_ENTITY", target: alpha, reason: "a better slug" });
    expect(JSON.parse(payload.change.before)).toEqual({ slug: "cur-test-m-alpha", version: 1 });
    expect(JSON.parse(payload.change.after)).toEqual({ slug: "cur-test-m-alpha-ai", version: 2 });
    const { data } = await c.run(LOOKUP, { slug: "cur-test-m-alpha", id: alpha });
    expect(data.entity).toEqual({ id: alpha, slug: "cur-test-m-alpha-ai", redirectedFrom: "cur-test-m-alpha" });
    expect(data.node).toEqual({ id: alpha, slug: "cur-test-m-alpha-ai" });

    const before = await c.counts();
    const replay = await rename({ id: alpha, newSlug: "cur-test-m-alpha-ai", expectedVersion: 1, idempotencyKey: "rename-1" });
    expect(replay).toMatchObject({ replayed: true, userErrors: [], change: { seq: payload.change.seq } });
    expect(await c.counts()).toEqual(before);
  });

  it("refuses merging an entity into itself, across types, or once it is merged", async () => {
    const before = await c.counts();
    const alpha = ids["cur-test-m-alpha"];
    expect((await merge({ survivorId: alpha, mergedId: alpha })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "mergedId"], code: "BAD_USER_INPUT" }),
    ]);
    expect((await merge({ survivorId: alpha, mergedId: ids["cur-test-m-dora"] })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "mergedId"], code: "BAD_USER_INPUT" }),
    ]);
    const nobody = Buffer.from("Entity:cur-test-m-nobody").toString("base64url");
    expect((await merge({ survivorId: nobody, mergedId: alpha })).userErrors).toEqual([
      expect.objectContaining({ field: ["input", "survivorId"], code: "NOT_FOUND" }),
    ]);
    expect(await c.counts()).toEqual(before);
  });

  it("merges: the survivor takes the aliases, the merged id and slug resolve to it, and the feed gets a tombstone", async () => {
    const [alpha, beta] = [ids["cur-test-m-alpha"], ids["cur-test-m-beta"]];
    const payload = await merge({ survivorId: alpha, mergedId: beta });
    expect(payload.userErrors).toEqual([]);
    expect(payload.entity.id).toBe(alpha);
    expect(payload.entity.aliases.map((a: { name: string }) => a.name)).toContain("Cur Test Beta");
    expect(payload.change).toMatchObject({ actor: "test-admin", operation: "MERGE_ENTITIES", target: alpha, tombstone: false });

    const { data } = await c.run(LOOKUP, { slug: "cur-test-m-beta", id: beta });
    expect(data.entity).toEqual({ id: alpha, slug: "cur-test-m-alpha-ai", redirectedFrom: "cur-test-m-beta" });
    expect(data.node).toEqual({ id: alpha, slug: "cur-test-m-alpha-ai" });

    const feed = await c.run(`{ changes(first: 100, kinds: [MERGE_ENTITIES]) { nodes { seq operation target after tombstone reason } } }`);
    expect(feed.data.changes.nodes).toEqual([
      expect.objectContaining({ seq: payload.change.seq, target: alpha, tombstone: false }),
      expect.objectContaining({ seq: payload.change.seq + 1, target: beta, tombstone: true, reason: "one company" }),
    ]);
    expect(JSON.parse(feed.data.changes.nodes[1].after)).toEqual({ mergedInto: alpha, slug: "cur-test-m-alpha-ai" });

    const again = await merge({ survivorId: ids["cur-test-m-gamma"], mergedId: beta });
    expect(again.userErrors).toEqual([expect.objectContaining({ field: ["input", "mergedId"], code: "BAD_USER_INPUT" })]);
    expect(again.userErrors[0].message).toContain("merged into");
  });

  it("files renames and merges in the survivor's history", async () => {
    const { data } = await c.run(
      `query($id: ID!) { node(id: $id) { ... on Entity { history(first: 20) { nodes { operation actor } } } } }`,
      {
        id: ids["cur-test-m-alpha"],
      },
    );
    expect(data.node.history.nodes).toEqual([
      { operation: "CREATE_ENTITY", actor: "test-editor" },
      { operation: "RENAME_ENTITY", actor: "test-admin" },
      { operation: "MERGE_ENTITIES", actor: "test-admin" },
    ]);
  });
});
