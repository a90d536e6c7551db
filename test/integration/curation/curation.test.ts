import { startTestApi, TestApi } from "../../helpers/api";
import { Curator, lastChangeSeq, removeCurationTestData, startCurator } from "./harness";

const TEXT = "Cur Test Labs, a Beijing start-up, raised 10 million dollars. Its founder Ada Test said the model ships in May.";

const CREATE_SOURCE = `mutation($input: CreateSourceInput!) { createSource(input: $input) {
  clientMutationId replayed source { id slug textStored } change { seq actor operation target } userErrors { field message code } } }`;
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) {
  replayed entity { id slug name version aliases { name } } change { seq operation } userErrors { field message code } } }`;
const UPDATE_ENTITY = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) {
  entity { name description version } change { seq before after } userErrors { field message code } } }`;
const ADD_ALIAS = `mutation($input: AddAliasInput!) { addAlias(input: $input) { entity { version aliases { name } } userErrors { field code } } }`;
const REMOVE_ALIAS = `mutation($input: RemoveAliasInput!) { removeAlias(input: $input) { entity { aliases { name } } change { tombstone reason } userErrors { field code } } }`;
const ASSERT = `mutation($input: AssertClaimInput!) { assertClaim(input: $input) {
  claim { key stance status quotes source { slug } } change { seq operation target } userErrors { field message code } } }`;
const RETRACT = `mutation($input: RetractClaimInput!) { retractClaim(input: $input) { claim { key status } change { tombstone reason } userErrors { field code } } }`;

describe("curation mutations and the change feed", () => {
  let c: Curator;
  let http: TestApi;
  const ids: Record<string, string> = {};
  let initial: { nodes: number; relationships: number };
  /** The seed load's changes come first in the feed; this suite's are numbered after them. */
  let seeded: number;

  beforeAll(async () => {
    c = await startCurator();
    http = await startTestApi();
    await removeCurationTestData(c.db);
    initial = await c.counts();
    seeded = await lastChangeSeq(c.db);
  });
  afterAll(async () => {
    await removeCurationTestData(c.db);
    await http.close();
    await c.close();
  });

  it("creates a source with its text", async () => {
    const input = {
      slug: "cur-test-source",
      title: "Cur Test raises",
      publisher: "Test Daily",
      publishedAt: "2025-01-15",
      language: "en",
      url: "https://example.com/a",
      text: TEXT,
      clientMutationId: "m1",
    };
    const { data, errors } = await c.run(CREATE_SOURCE, { input });
    expect(errors).toBeUndefined();
    expect(data.createSource.userErrors).toEqual([]);
    expect(data.createSource.clientMutationId).toBe("m1");
    expect(data.createSource.source).toMatchObject({ slug: "cur-test-source", textStored: true });
    expect(data.createSource.change).toMatchObject({ seq: seeded + 1, actor: "test-editor", operation: "CREATE_SOURCE" });
    ids.source = data.createSource.source.id;
  });

  it("refuses anonymous writes with FORBIDDEN through HTTP, writing nothing", async () => {
    const before = await c.counts();
    const response = await http.query(CREATE_SOURCE, {
      input: { slug: "cur-test-anon", title: "x", publisher: "x", publishedAt: "2025", language: "en", url: "https://e.com" },
    });
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await c.counts()).toEqual(before);
  });

  it("creates entities citing the source, and refuses an existing slug", async () => {
    for (const [slug, name, type, kinds, quote] of [
      ["cur-test-labs", "Cur Test Labs", "ORGANIZATION", ["STARTUP"], "Cur Test Labs, a Beijing start-up"],
      ["cur-test-ada", "Ada Test", "PERSON", ["FOUNDER"], "Its founder Ada Test"],
    ] as const) {
      const { data, errors } = await c.run(CREATE_ENTITY, {
        input: { slug, name, type, kinds, sourceId: ids.source, citations: [{ quote }] },
      });
      expect(errors).toBeUndefined();
      expect(data.createEntity.userErrors).toEqual([]);
      expect(data.createEntity.entity).toMatchObject({ slug, name, version: 1 });
      ids[slug] = data.createEntity.entity.id;
    }
    const again = await c.run(CREATE_ENTITY, {
      input: { slug: "cur-test-ada", name: "Ada", type: "PERSON", kinds: [], sourceId: ids.source, citations: [{ quote: "Ada Test" }] },
    });
    expect(again.data.createEntity.userErrors).toEqual([expect.objectContaining({ field: ["input", "slug"], code: "ALREADY_EXISTS" })]);
  });

  it("refuses a quote that is not verbatim in the source with QUOTE_NOT_IN_SOURCE and writes nothing", async () => {
    const before = await c.counts();
    const { data } = await c.run(ASSERT, {
      input: {
        sourceId: ids.source,
        stance: "ASSERTS",
        certainty: "CONFIRMED",
        citations: [{ quote: "Its founder Ada Test says" }],
        relationship: { type: "FOUNDED", fromId: ids["cur-test-ada"], toId: ids["cur-test-labs"] },
      },
    });
    expect(data.assertClaim.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "citations", "0", "quote"], code: "QUOTE_NOT_IN_SOURCE" }),
    ]);
    expect(data.assertClaim.claim).toBeNull();
    expect(await c.counts()).toEqual(before);
  });

  it("refuses unknown references, bad vocabulary and control characters, writing nothing", async () => {
    const before = await c.counts();
    const unknown = await c.run(ASSERT, {
      input: {
        sourceId: ids.source,
        stance: "ASSERTS",
        certainty: "CONFIRMED",
        citations: [{ quote: "Ada Test" }],
        relationship: { type: "FOUNDED", fromId: Buffer.from("Entity:cur-test-nobody").toString("base64url"), toId: ids["cur-test-labs"] },
      },
    });
    expect(unknown.data.assertClaim.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "relationship", "fromId"], code: "NOT_FOUND" }),
    ]);
    const derived = await c.run(ASSERT, {
      input: {
        sourceId: ids.source,
        stance: "ASSERTS",
        certainty: "CONFIRMED",
        citations: [{ quote: "Ada Test" }],
        relationship: { type: "SUED", fromId: ids["cur-test-ada"], toId: ids["cur-test-labs"] },
      },
    });
    expect(derived.data.assertClaim.userErrors[0]).toMatchObject({ field: ["input", "relationship", "type"], code: "BAD_USER_INPUT" });
    const control = await c.run(CREATE_ENTITY, {
      input: {
        slug: "cur-test-x",
        name: "Bad\u0007Name",
        type: "PERSON",
        kinds: [],
        sourceId: ids.source,
        citations: [{ quote: "Ada Test" }],
      },
    });
    expect(control.data.createEntity.userErrors[0]).toMatchObject({ field: ["input", "name"], code: "BAD_USER_INPUT" });
    expect(await c.counts()).toEqual(before);
  });

  it("asserts a relationship between existing entities, creating the fact, and adds an event", async () => {
    const { data, errors } = await c.run(ASSERT, {
      input: {
        sourceId: ids.source,
        stance: "ASSERTS",
        certainty: "CONFIRMED",
        citations: [{ quote: "Its founder Ada Test" }],
        relationship: { type: "FOUNDED", fromId: ids["cur-test-ada"], toId: ids["cur-test-labs"] },
      },
    });
    expect(errors).toBeUndefined();
    expect(data.assertClaim.userErrors).toEqual([]);
    expect(data.assertClaim.claim).toMatchObject({
      stance: "ASSERTS",
      status: "ACTIVE",
      quotes: ["Its founder Ada Test"],
      source: { slug: "cur-test-source" },
    });
    ids.claim = data.assertClaim.claim.key;
    const founders = await c.run(
      `query($slug: String!) { entity(slug: $slug) { ... on Organization { founders { edges { node { slug } } } } } }`,
      { slug: "cur-test-labs" },
    );
    expect(founders.data.entity.founders.edges.map((e: any) => e.node.slug)).toEqual(["cur-test-ada"]);

    const event = await c.run(ASSERT, {
      input: {
        sourceId: ids.source,
        stance: "ASSERTS",
        certainty: "REPORTED",
        citations: [{ quote: "raised 10 million dollars" }],
        event: {
          slug: "cur-test-round",
          type: "FUNDING_ROUND",
          date: "2025-01",
          title: "Cur Test Labs raises $10M",
          amount: { amount: 10_000_000, currency: "USD" },
          participants: [{ entityId: ids["cur-test-labs"], role: "INVESTEE" }],
        },
      },
    });
    expect(event.data.assertClaim.userErrors).toEqual([]);
    const read = await c.run(`{ event(slug: "cur-test-round") { title ... on FundingRound { amount { amount currencyCode } } } }`);
    expect(read.errors).toBeUndefined();
    expect(read.data.event).toEqual({ title: "Cur Test Labs raises $10M", amount: { amount: "10000000", currencyCode: "USD" } });
  });

  it("updates an entity at its expected version and answers a stale one with CONFLICT", async () => {
    const ok = await c.run(UPDATE_ENTITY, {
      input: { id: ids["cur-test-labs"], expectedVersion: 1, description: "A test start-up.", reason: "described" },
    });
    expect(ok.data.updateEntity.userErrors).toEqual([]);
    expect(ok.data.updateEntity.entity).toMatchObject({ description: "A test start-up.", version: 2 });
    expect(JSON.parse(ok.data.updateEntity.change.before)).toMatchObject({ description: null, version: 1 });
    const before = await c.counts();
    const stale = await c.run(UPDATE_ENTITY, { input: { id: ids["cur-test-labs"], expectedVersion: 1, description: "Lost update" } });
    expect(stale.data.updateEntity.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "expectedVersion"], code: "CONFLICT" }),
    ]);
    expect(await c.counts()).toEqual(before);
    const read = await c.run(`{ entity(slug: "cur-test-labs") { description version } }`);
    expect(read.data.entity).toEqual({ description: "A test start-up.", version: 2 });
  });

  it("lets exactly one of two concurrent updates from the same version win; the other gets CONFLICT", async () => {
    const [a, b] = await Promise.all(
      ["First", "Second"].map((d) => c.run(UPDATE_ENTITY, { input: { id: ids["cur-test-ada"], expectedVersion: 1, description: d } })),
    );
    const codes = [a, b].map((r) => r.data.updateEntity.userErrors.map((e: any) => e.code));
    expect(codes.sort()).toEqual([[], ["CONFLICT"]]);
    const read = await c.run(`{ entity(slug: "cur-test-ada") { description version } }`);
    expect(read.data.entity.version).toBe(2);
  });

  it("adds and removes an alias; removal is a tombstone", async () => {
    const added = await c.run(ADD_ALIAS, { input: { entityId: ids["cur-test-labs"], name: "CTL", language: "en", sourceId: ids.source } });
    expect(added.data.addAlias.userErrors).toEqual([]);
    expect(added.data.addAlias.entity.aliases.map((a: any) => a.name)).toContain("CTL");
    expect(added.data.addAlias.entity.version).toBe(3);
    const removed = await c.run(REMOVE_ALIAS, {
      input: { entityId: ids["cur-test-labs"], name: "CTL", reason: "not used by the company" },
    });
    expect(removed.data.removeAlias.userErrors).toEqual([]);
    expect(removed.data.removeAlias.entity.aliases.map((a: any) => a.name)).not.toContain("CTL");
    expect(removed.data.removeAlias.change).toEqual({ tombstone: true, reason: "not used by the company" });
  });

  it("replays an idempotent mutation without writing again, and refuses the key with another input", async () => {
    const input = {
      slug: "cur-test-idem",
      name: "Idem Test",
      type: "PERSON",
      kinds: ["FOUNDER"],
      sourceId: ids.source,
      citations: [{ quote: "Ada Test" }],
      idempotencyKey: "k-1",
    };
    const first = await c.run(CREATE_ENTITY, { input });
    expect(first.data.createEntity.userErrors).toEqual([]);
    const before = await c.counts();
    const replay = await c.run(CREATE_ENTITY, { input });
    expect(replay.data.createEntity).toMatchObject({
      replayed: true,
      userErrors: [],
      entity: { slug: "cur-test-idem" },
      change: first.data.createEntity.change,
    });
    expect(await c.counts()).toEqual(before);
    const reused = await c.run(CREATE_ENTITY, { input: { ...input, name: "Other" } });
    expect(reused.data.createEntity.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "idempotencyKey"], code: "IDEMPOTENCY_KEY_REUSED" }),
    ]);
  });

  it("retracts a claim with a reason; it stays visible as RETRACTED", async () => {
    const { data } = await c.run(RETRACT, { input: { claimKey: ids.claim, reason: "the article was corrected" } });
    expect(data.retractClaim.userErrors).toEqual([]);
    expect(data.retractClaim.claim).toEqual({ key: ids.claim, status: "RETRACTED" });
    expect(data.retractClaim.change).toEqual({ tombstone: true, reason: "the article was corrected" });
  });

  it("lists every change in order, gap-free, in pages, filtered by kind, and per entity", async () => {
    const all: any[] = [];
    let after: string | null = null;
    // Past the seed load's changes first, in big pages; then this suite's, three at a time.
    while (seeded > 0) {
      const page: any = await c.run(`query($after: String) { changes(first: 100, after: $after) { edges { cursor node { seq } } } }`, {
        after,
      });
      const edge = page.data.changes.edges.find((e: any) => e.node.seq === seeded) ?? page.data.changes.edges.at(-1);
      after = edge.cursor;
      if (edge.node.seq === seeded) break;
    }
    for (;;) {
      const page: any = await c.run(
        `query($after: String) { changes(first: 3, after: $after) { totalCount edges { cursor node { seq operation actor tombstone } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      all.push(...page.data.changes.edges.map((e: any) => e.node));
      if (!page.data.changes.pageInfo.hasNextPage) break;
      after = page.data.changes.pageInfo.endCursor;
    }
    expect(all.map((ch) => ch.seq)).toEqual(all.map((_, i) => seeded + i + 1));
    expect(all.map((ch) => ch.operation)).toEqual([
      "CREATE_SOURCE",
      "CREATE_ENTITY",
      "CREATE_ENTITY",
      "ASSERT_CLAIM",
      "ASSERT_CLAIM",
      "UPDATE_ENTITY",
      "UPDATE_ENTITY",
      "ADD_ALIAS",
      "REMOVE_ALIAS",
      "CREATE_ENTITY",
      "RETRACT_CLAIM",
    ]);
    const tombstones = await c.run(
      `{ changes(kinds: [RETRACT_CLAIM, REMOVE_ALIAS]) { totalCount edges { node { operation tombstone } } } }`,
    );
    expect(tombstones.data.changes.totalCount).toBe(2);
    expect(tombstones.data.changes.edges.every((e: any) => e.node.tombstone)).toBe(true);
    const history = await c.run(`{ entity(slug: "cur-test-labs") { history { totalCount edges { node { operation } } } } }`);
    expect(history.data.entity.history.edges.map((e: any) => e.node.operation)).toEqual([
      "CREATE_ENTITY",
      "UPDATE_ENTITY",
      "ADD_ALIAS",
      "REMOVE_ALIAS",
    ]);
  });

  it("refuses a forged cursor naming the argument", async () => {
    const { errors } = await c.run(`{ changes(after: "nonsense") { totalCount } }`);
    expect(errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("leaves the seeded graph as it found it once its data is removed (other suites count it)", async () => {
    expect(await c.counts()).not.toEqual(initial);
    await removeCurationTestData(c.db);
    expect(await c.counts()).toEqual(initial);
  });
});
