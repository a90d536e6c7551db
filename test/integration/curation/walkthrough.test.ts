import { TestApi } from "../../helpers/api";
import { keyOf, runKeys } from "../auth/keys-cli";
import { codeOf, startHardenedApi } from "../hardening/harness";
import { fingerprint } from "./graph-fingerprint";
import { removeCurationTestData } from "./harness";

/**
 * Issue 15's "done when", over HTTP with a real key, as docs/curation.md's "Try it" does it by hand:
 * a key from `npm run keys -- create`, then a source with text, two entities and a claim quoting the
 * text; the claim in the graph and in `changes` under the key's name; the refusals (no key, a made-up
 * key, a quote not in the text) writing nothing; and a cached GET that answers 304 until the claim
 * moves the data version.
 */

const KEY_NAME = "test-walkthrough";
const TEXT = "Walk Test Labs, a Beijing start-up, was founded by Ada Walk in 2023. It raised 10 million dollars.";

const CREATE_SOURCE = `mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } userErrors { field code } } }`;
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } userErrors { field code } } }`;
const ASSERT_CLAIM = `mutation($input: AssertClaimInput!) { assertClaim(input: $input) {
  claim { key status quotes } change { seq actor operation target } userErrors { field message code } } }`;
const FOUNDERS = `{ entity(slug: "cur-test-walk-labs") { ... on Organization { founders { edges { node { slug } } } } } }`;

describe("curation walkthrough over HTTP with a key from the keys CLI", () => {
  let t: TestApi;
  let bearer: Record<string, string>;
  const ids: Record<string, string> = {};

  /** A GET of the founders query, as a cache or browser sends it (Apollo wants the preflight header on GETs). */
  async function getFounders(etag?: string): Promise<{ status: number; etag: string | null }> {
    const response = await fetch(`${t.api.url}?${new URLSearchParams({ query: FOUNDERS })}`, {
      headers: { "apollo-require-preflight": "true", ...(etag ? { "if-none-match": etag } : {}) },
    });
    await response.text();
    return { status: response.status, etag: response.headers.get("etag") };
  }

  const write = (query: string, input: Record<string, unknown>, headers = bearer) => t.query(query, { input }, headers);

  beforeAll(async () => {
    t = await startHardenedApi({});
    await removeCurationTestData(t.db);
    await t.db.runStatement("MATCH (k:ApiKey {name: $name}) DETACH DELETE k", { name: KEY_NAME });
    const created = await runKeys(["create", "--name", KEY_NAME, "--role", "editor"], {}, true);
    expect(created.code).toBe(0);
    bearer = { authorization: `Bearer ${keyOf(created)}` };
  }, 180_000);

  afterAll(async () => {
    await removeCurationTestData(t.db);
    await t.db.runStatement("MATCH (k:ApiKey {name: $name}) DETACH DELETE k", { name: KEY_NAME });
    await t.close();
  });

  it("adds a source with text and the entities it names, with the editor key", async () => {
    const source = await write(CREATE_SOURCE, {
      slug: "cur-test-walk-source",
      title: "Walk Test Labs raises",
      publisher: "Test Daily",
      publishedAt: "2025-01-15",
      language: "en",
      text: TEXT,
    });
    expect(source.status).toBe(200);
    expect(source.data!.createSource.userErrors).toEqual([]);
    ids.source = source.data!.createSource.source.id;
    for (const [slug, name, type, kinds, quote] of [
      ["cur-test-walk-labs", "Walk Test Labs", "ORGANIZATION", ["STARTUP"], "Walk Test Labs, a Beijing start-up"],
      ["cur-test-walk-ada", "Ada Walk", "PERSON", ["FOUNDER"], "founded by Ada Walk"],
    ] as const) {
      const entity = await write(CREATE_ENTITY, { slug, name, type, kinds, sourceId: ids.source, citations: [{ quote }] });
      expect(entity.data!.createEntity.userErrors).toEqual([]);
      ids[slug] = entity.data!.createEntity.entity.id;
    }
  });

  const claimInput = (quote = "was founded by Ada Walk in 2023") => ({
    sourceId: ids.source,
    stance: "ASSERTS",
    certainty: "CONFIRMED",
    citations: [{ quote }],
    relationship: { type: "FOUNDED", fromId: ids["cur-test-walk-ada"], toId: ids["cur-test-walk-labs"] },
  });
  let etag: string;

  it("refuses the claim without a key (FORBIDDEN), with a made-up key (401 UNAUTHENTICATED) and with a quote not in the text, writing nothing", async () => {
    const first = await getFounders();
    expect(first.status).toBe(200);
    etag = first.etag!;
    expect((await getFounders(etag)).status).toBe(304);
    const before = await fingerprint(t.db);

    const anonymous = await write(ASSERT_CLAIM, claimInput(), {});
    expect(anonymous.status).toBe(200);
    expect(codeOf(anonymous)).toBe("FORBIDDEN");
    expect(anonymous.data?.assertClaim ?? null).toBeNull();
    const madeUp = await write(ASSERT_CLAIM, claimInput(), {
      authorization: "Bearer aig_0123456789abcdef_made-up-key-made-up-key-made-up-key-made",
    });
    expect(madeUp.status).toBe(401);
    expect(codeOf(madeUp)).toBe("UNAUTHENTICATED");
    const offQuote = await write(ASSERT_CLAIM, claimInput("was founded by Ada Walk in 2024"));
    expect(offQuote.data!.assertClaim.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "citations", "0", "quote"], code: "QUOTE_NOT_IN_SOURCE" }),
    ]);
    expect(offQuote.data!.assertClaim.claim).toBeNull();

    expect((await fingerprint(t.db)).hash).toBe(before.hash);
    // Refusals do not move the data version: once the API has read it again (at most once a second), the tag still matches.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await getFounders(etag)).status).toBe(304);
  });

  it("asserts the claim quoting the text: it is in the graph and in `changes` under the key's name", async () => {
    const asserted = await write(ASSERT_CLAIM, claimInput());
    expect(asserted.errors).toBeUndefined();
    const payload = asserted.data!.assertClaim;
    expect(payload.userErrors).toEqual([]);
    expect(payload.claim).toMatchObject({ status: "ACTIVE", quotes: ["was founded by Ada Walk in 2023"] });
    expect(payload.change).toMatchObject({ actor: KEY_NAME, operation: "ASSERT_CLAIM", target: payload.claim.key });

    const founders = await t.query(FOUNDERS);
    expect(founders.data!.entity.founders.edges.map((e: any) => e.node.slug)).toEqual(["cur-test-walk-ada"]);
    const feed = await t.query(`{ changes(first: 50) { edges { node { seq actor operation target } } } }`);
    expect(feed.errors).toBeUndefined();
    const nodes = feed.data!.changes.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.operation)).toEqual(["CREATE_SOURCE", "CREATE_ENTITY", "CREATE_ENTITY", "ASSERT_CLAIM"]);
    expect(nodes.every((n: any) => n.actor === KEY_NAME)).toBe(true);
    expect(nodes[3]).toEqual(payload.change);
  });

  it("answers the cached GET with 200 and a new ETag once the claim moved the data version, then 304 again", async () => {
    let answer = await getFounders(etag);
    for (const deadline = Date.now() + 5_000; answer.status === 304 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await getFounders(etag);
    }
    expect(answer.status).toBe(200);
    expect(answer.etag).not.toBe(etag);
    expect((await getFounders(answer.etag!)).status).toBe(304);
  });
});
