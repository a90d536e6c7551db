import { generateKey } from "../../../src/auth/api-key";
import { ApiKeyRepository } from "../../../src/auth/api-key.repository";
import { Role } from "../../../src/auth/viewer";
import { GraphQLResponse, TestApi } from "../../helpers/api";
import { startHardenedApi } from "../hardening/harness";
import { diff, fingerprint, Fingerprint, GraphDiff } from "./graph-fingerprint";
import { removeCurationTestData } from "./harness";
import { Caller, Fixture, HOSTILE_WRITES, MutationName, SOURCE_TEXT } from "./hostile-writes.corpus";

const INPUT_TYPES: Record<MutationName, string> = {
  createSource: "CreateSourceInput",
  createEntity: "CreateEntityInput",
  updateEntity: "UpdateEntityInput",
  addAlias: "AddAliasInput",
  removeAlias: "RemoveAliasInput",
  assertClaim: "AssertClaimInput",
  retractClaim: "RetractClaimInput",
};
const RESULT: Record<MutationName, string> = {
  createSource: "source { id slug }",
  createEntity: "entity { id slug name description version }",
  updateEntity: "entity { id version description }",
  addAlias: "entity { id }",
  removeAlias: "entity { id }",
  assertClaim: "claim { key status }",
  retractClaim: "claim { key status }",
};
/** What createEntity writes besides the entity: its name as an alias, and the source's declaration claim and mention. */
const DECLARED = { Alias: 1, Claim: 1, "[ALIAS_OF]": 1, "[MENTIONS]": 1 };
const KEY_NAMES = ["test-hostile-editor", "test-hostile-revoked"];

/**
 * What an accepted write changes: its own nodes and relationships, plus its audit record, the change
 * counter (created by the first write after the suite's cleanup) and the data version it moves.
 */
function expectedChange(before: Fingerprint, own: Partial<GraphDiff>): GraphDiff {
  const counter = [...before.items.values()].some((item) => item.what === "ChangeCounter") ? "changed" : "added";
  const result: GraphDiff = {
    added: { Change: 1, ...own.added },
    removed: { ...own.removed },
    changed: { DataVersion: 1, ...own.changed },
  };
  result[counter].ChangeCounter = 1;
  return result;
}

describe("hostile writes over HTTP: every refused write leaves the whole database unchanged", () => {
  let t: TestApi;
  const keys: Record<string, string> = {};
  const f = {} as Fixture;
  let current: Fingerprint;

  const headers = (caller: Caller): Record<string, string> =>
    ({
      editor: { authorization: `Bearer ${keys.editor}` },
      anonymous: {},
      madeUpKey: { authorization: `Bearer aig_0123456789abcdef_${"x".repeat(43)}` },
      revokedKey: { authorization: `Bearer ${keys.revoked}` },
      notBearer: { authorization: keys.editor },
    })[caller];

  const send = (mutation: MutationName, input: Record<string, unknown>, caller: Caller = "editor"): Promise<GraphQLResponse> =>
    t.query(
      `mutation($input: ${INPUT_TYPES[mutation]}!) { ${mutation}(input: $input) { replayed change { seq actor } userErrors { field message code } ${RESULT[mutation]} } }`,
      { input },
      headers(caller),
    );

  /** Checks the database changed by exactly `own` (plus one audit record) since the last check. */
  async function expectChange(own: Partial<GraphDiff>): Promise<void> {
    const [before, after] = [current, await fingerprint(t.db)];
    current = after;
    expect(diff(before, after)).toEqual(expectedChange(before, own));
  }

  async function expectUnchanged(what: string): Promise<void> {
    const [before, after] = [current, await fingerprint(t.db)];
    current = after; // one failure must not make every later case fail too
    if (after.hash !== before.hash) throw new Error(`${what} changed the database: ${JSON.stringify(diff(before, after))}`);
  }

  /** Sends an accepted write and checks it changed exactly `own` (plus its audit record); returns its payload. */
  async function accepted(mutation: MutationName, input: Record<string, unknown>, own: Partial<GraphDiff>): Promise<Record<string, any>> {
    const response = await send(mutation, input);
    expect(response.errors).toBeUndefined();
    const payload = response.data![mutation];
    expect(payload.userErrors).toEqual([]);
    expect(payload.change.actor).toBe("test-hostile-editor");
    await expectChange(own);
    return payload;
  }

  beforeAll(async () => {
    t = await startHardenedApi({});
    await removeCurationTestData(t.db);
    await t.db.runStatement("MATCH (k:ApiKey) WHERE k.name IN $names DETACH DELETE k", { names: KEY_NAMES });
    // The same code as `npm run keys -- create` and `-- revoke` (src/keys/cli.ts), in-process to keep the suite short.
    const repository = new ApiKeyRepository(t.db);
    for (const [who, name, role] of [
      ["editor", "test-hostile-editor", "editor"],
      ["revoked", "test-hostile-revoked", "editor"],
    ] as [string, string, Role][]) {
      const key = await generateKey();
      expect(await repository.create({ name, role, keyId: key.keyId, hash: key.hash })).toBe(true);
      keys[who] = key.text;
    }
    expect(await repository.revoke("test-hostile-revoked")).toBe("revoked");
    current = await fingerprint(t.db);
  });

  afterAll(async () => {
    await removeCurationTestData(t.db);
    await t.db.runStatement("MATCH (k:ApiKey) WHERE k.name IN $names DETACH DELETE k", { names: KEY_NAMES });
    await t.close();
  });

  it("accepts the fixture's writes, storing Cypher- and Lucene-like text verbatim, each changing exactly what it should", async () => {
    f.text = SOURCE_TEXT;
    const source = await accepted(
      "createSource",
      {
        slug: "cur-test-hostile-source",
        title: "Hostile",
        publisher: "Test Daily",
        publishedAt: "2025-01",
        language: "en",
        text: SOURCE_TEXT,
      },
      { added: { Source: 1 } },
    );
    f.sourceId = source.source.id;
    const reference = await accepted(
      "createSource",
      {
        slug: "cur-test-hostile-reference",
        title: "Ref",
        publisher: "Test Daily",
        publishedAt: "2025",
        language: "en",
        url: "https://example.com/r",
      },
      { added: { Source: 1 } },
    );
    f.referenceSourceId = reference.source.id;
    const name = `Hostile Test Labs"}) MATCH (n) DETACH DELETE n //`;
    const description = `name:* OR title:[a TO z]~2 AND "unterminated \\ $slug {{WHERE}}`;
    const labs = await accepted(
      "createEntity",
      {
        slug: "cur-test-hostile-labs",
        name,
        description,
        type: "ORGANIZATION",
        kinds: ["STARTUP"],
        sourceId: f.sourceId,
        citations: [{ quote: "`MATCH (n) DETACH DELETE n`" }],
      },
      { added: { "Entity:Organization": 1, ...DECLARED } },
    );
    expect(labs.entity).toMatchObject({ name, description, version: 1 });
    f.labsId = labs.entity.id;
    const ada = await accepted(
      "createEntity",
      {
        slug: "cur-test-hostile-ada",
        name: "Ada Hostile",
        type: "PERSON",
        kinds: ["FOUNDER"],
        sourceId: f.sourceId,
        citations: [{ quote: "name:* OR title:[a TO z]~2" }],
      },
      { added: { "Entity:Person": 1, ...DECLARED } },
    );
    f.adaId = ada.entity.id;
    const claim = await accepted(
      "assertClaim",
      {
        sourceId: f.sourceId,
        stance: "ASSERTS",
        certainty: "CONFIRMED",
        citations: [{ quote: "Its founder Ada Hostile" }],
        relationship: { type: "FOUNDED", fromId: f.adaId, toId: f.labsId },
      },
      { added: { Claim: 1, "[FOUNDED]": 1 } },
    );
    f.claimKey = claim.claim.key;
    // The Cypher-like name reads back as it was written, and a search with Lucene syntax is only a search.
    const read = await t.query(
      `query($q: String!) { entity(slug: "cur-test-hostile-labs") { name } searchConnection(query: $q, first: 3) { totalCount } }`,
      {
        q: "name:* OR title:[a TO z]~2",
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.entity.name).toBe(name);
    await expectUnchanged("reading");
  });

  it.each(HOSTILE_WRITES.map((w) => [w.name, w] as const))("refuses %s and changes nothing", async (_, write) => {
    const response = await send(write.mutation, write.input(f), write.caller);
    const changed = expectUnchanged(write.name); // checked whatever the answer, so a failure here does not hide a write
    if ("userError" in write.expect) {
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      const payload = response.data![write.mutation];
      expect(payload.userErrors.map((e: any) => ({ field: e.field, code: e.code }))).toEqual([write.expect.userError].flat());
      expect(payload.change).toBeNull();
    } else {
      expect({ status: response.status, code: response.errors?.[0]?.extensions?.code }).toEqual({
        status: write.expect.status,
        code: write.expect.error,
      });
      expect(response.data?.[write.mutation] ?? null).toBeNull();
    }
    expect(JSON.stringify(response)).not.toMatch(/\bat \S+\.(ts|js):\d+/); // no stack trace
    await changed;
  });

  it("replays an idempotent write without writing again, and refuses its key with another input", async () => {
    const input = {
      sourceId: f.sourceId,
      stance: "ASSERTS",
      certainty: "REPORTED",
      citations: [{ quote: "raised 10 million dollars" }],
      relationship: { type: "INVESTED_IN", fromId: f.adaId, toId: f.labsId },
      idempotencyKey: "hostile-invest",
    };
    const first = await accepted("assertClaim", input, { added: { Claim: 1, "[INVESTED_IN]": 1, IdempotencyRecord: 1 } });
    const replay = await send("assertClaim", input);
    expect(replay.data!.assertClaim).toMatchObject({ replayed: true, userErrors: [], change: first.change, claim: first.claim });
    await expectUnchanged("a replay");
    const other = await send("assertClaim", { ...input, certainty: "CONFIRMED" });
    expect(other.data!.assertClaim.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "idempotencyKey"], code: "IDEMPOTENCY_KEY_REUSED" }),
    ]);
    expect(other.data!.assertClaim.replayed).toBe(false);
    await expectUnchanged("the key with another input");
  });

  it("lets exactly one of four concurrent updates from the same version win; the others get CONFLICT", async () => {
    const answers = await Promise.all(
      ["one", "two", "three", "four"].map((d) => send("updateEntity", { id: f.labsId, expectedVersion: 1, description: `Update ${d}` })),
    );
    const codes = answers.map((a) => a.data!.updateEntity.userErrors.map((e: any) => e.code).join(",")).sort();
    expect(codes).toEqual(["", "CONFLICT", "CONFLICT", "CONFLICT"]);
    const winner = answers.find((a) => a.data!.updateEntity.userErrors.length === 0)!.data!.updateEntity;
    expect(winner.entity.version).toBe(2);
    await expectChange({ changed: { "Entity:Organization": 1 } });
    const read = await t.query(`{ entity(slug: "cur-test-hostile-labs") { description version } }`);
    expect(read.data!.entity).toEqual({ description: winner.entity.description, version: 2 });
  });

  it("writes one of many concurrent identical creates; the others get ALREADY_EXISTS", async () => {
    const input = {
      slug: "cur-test-hostile-burst",
      name: "Burst Labs",
      type: "ORGANIZATION",
      kinds: ["STARTUP"],
      sourceId: f.sourceId,
      citations: [{ quote: "a Beijing start-up" }],
    };
    const answers = await Promise.all(Array.from({ length: 6 }, () => send("createEntity", input)));
    const codes = answers.map((a) => a.data!.createEntity.userErrors.map((e: any) => e.code).join(",")).sort();
    expect(codes).toEqual(["", "ALREADY_EXISTS", "ALREADY_EXISTS", "ALREADY_EXISTS", "ALREADY_EXISTS", "ALREADY_EXISTS"]);
    await expectChange({ added: { "Entity:Organization": 1, ...DECLARED } });
  });

  it("writes many concurrent identical creates with one idempotencyKey once; the others replay it", async () => {
    const input = {
      sourceId: f.sourceId,
      stance: "ASSERTS",
      certainty: "CONFIRMED",
      citations: [{ quote: "Its founder Ada Hostile" }],
      relationship: { type: "WORKS_AT", fromId: f.adaId, toId: f.labsId },
      idempotencyKey: "hostile-burst",
    };
    const answers = await Promise.all(Array.from({ length: 6 }, () => send("assertClaim", input)));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.assertClaim.userErrors).toEqual([]);
    }
    const payloads = answers.map((a) => a.data!.assertClaim);
    expect(payloads.filter((p) => !p.replayed)).toHaveLength(1);
    expect(new Set(payloads.map((p) => p.change.seq)).size).toBe(1);
    await expectChange({ added: { Claim: 1, "[WORKS_AT]": 1, IdempotencyRecord: 1 } });
  });
});
