import "reflect-metadata";
import { Client } from "graphql-ws";
import { TestApi } from "../../helpers/api";
import { removeCurationTestData } from "../curation/harness";
import { postGraphQL, startHardenedApi } from "../hardening/harness";
import { connect, createKey, Received, sleep, subscribe } from "./ws-client";

const TEXT = "Cur Test Live builds models. Its founder Lin Test said so.";
const CHANGES = `subscription($after: String, $kinds: [ChangeOperation!]) {
  changes(after: $after, kinds: $kinds) { seq actor operation target cursor } }`;
const CREATE_SOURCE = `mutation($input: CreateSourceInput!) { createSource(input: $input) {
  source { id } change { seq cursor } userErrors { code message } } }`;
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { change { seq } userErrors { code message } } }`;
const KEY_NAMES = ["test-live-editor", "test-live-other", "test-live-limited"];
const POLL_MS = 100;

describe("the changes subscription over graphql-ws", () => {
  let a: TestApi;
  let b: TestApi;
  let editorKey: string;
  let otherKey: string;
  /** Used by the limit test only, so no other test's subscriptions count against it. */
  let limitedKey: string;
  const clients: Client[] = [];
  let written = 0;

  const open = (api: TestApi, key: string | null) => {
    const { client } = connect(api.api.url, key ? { Authorization: `Bearer ${key}` } : undefined);
    clients.push(client);
    return client;
  };

  /** A new source through API `api`'s HTTP endpoint with the editor key; returns its change. */
  const writeSource = async (api: TestApi = a): Promise<{ seq: number; cursor: string; sourceId: string }> => {
    written += 1;
    const input = {
      slug: `cur-test-live-${written}`,
      title: `Live ${written}`,
      publisher: "Test Daily",
      publishedAt: "2025-02-01",
      language: "en",
      url: `https://example.com/live-${written}`,
      text: TEXT,
    };
    const response = await api.query(CREATE_SOURCE, { input }, { authorization: `Bearer ${editorKey}` });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createSource.userErrors).toEqual([]);
    const { change, source } = response.data!.createSource;
    return { ...change, sourceId: source.id };
  };

  const seqs = (received: Received) => received.results.map((r) => r.data?.changes?.seq);

  beforeAll(async () => {
    const options = { subscriptions: { pollMs: POLL_MS, maxPerKey: 2 } };
    a = await startHardenedApi(options);
    b = await startHardenedApi(options);
    await removeCurationTestData(a.db);
    await a.db.runStatement("MATCH (k:ApiKey) WHERE k.name IN $names DETACH DELETE k", { names: KEY_NAMES });
    editorKey = await createKey(a.db, KEY_NAMES[0], "editor");
    otherKey = await createKey(a.db, KEY_NAMES[1], "editor");
    limitedKey = await createKey(a.db, KEY_NAMES[2], "editor");
  });

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await removeCurationTestData(a.db);
    await a?.db.runStatement("MATCH (k:ApiKey) WHERE k.name IN $names DETACH DELETE k", { names: KEY_NAMES });
    await a?.close();
    await b?.close();
  });

  it("pushes the change a mutation records, with the key's name as actor and a cursor to resume from", async () => {
    const start = await writeSource();
    const received = subscribe(open(a, editorKey), CHANGES, { after: start.cursor });
    const next = await writeSource();
    await received.waitFor(1);
    expect(received.results[0].errors).toBeUndefined();
    expect(received.results[0].data.changes).toEqual({
      seq: next.seq,
      actor: KEY_NAMES[0],
      operation: "CREATE_SOURCE",
      target: next.sourceId,
      cursor: next.cursor,
    });
  });

  it("resumes after a cursor of the changes query: what followed it, then new changes, no gap and no duplicate", async () => {
    const first = await writeSource();
    const second = await writeSource();
    const third = await writeSource();
    const feed = await a.query(`query($after: String) { changes(first: 1, after: $after) { pageInfo { endCursor } } }`, {
      after: first.cursor,
    });
    const { endCursor } = feed.data!.changes.pageInfo;
    expect(endCursor).toBe(second.cursor);
    const received = subscribe(open(a, null), CHANGES, { after: endCursor });
    await received.waitFor(1);
    const fresh = await writeSource();
    await received.waitFor(2);
    await sleep(3 * POLL_MS);
    expect(seqs(received)).toEqual([third.seq, fresh.seq]);
    expect(fresh.seq).toBe(third.seq + 1);
  });

  it("pushes only the kinds asked for", async () => {
    const start = await writeSource();
    const received = subscribe(open(a, null), CHANGES, { after: start.cursor, kinds: ["CREATE_ENTITY"] });
    await writeSource();
    const entity = await a.query(
      CREATE_ENTITY,
      {
        input: {
          slug: "cur-test-live-lin",
          name: "Lin Test",
          type: "PERSON",
          kinds: ["FOUNDER"],
          sourceId: start.sourceId,
          citations: [{ quote: "Its founder Lin Test" }],
        },
      },
      { authorization: `Bearer ${editorKey}` },
    );
    expect(entity.data!.createEntity.userErrors).toEqual([]);
    await writeSource();
    await received.waitFor(1);
    await sleep(3 * POLL_MS);
    expect(received.results.map((r) => r.data.changes.operation)).toEqual(["CREATE_ENTITY"]);
    expect(received.results[0].data.changes.seq).toBe(entity.data!.createEntity.change.seq);
  });

  it("delivers a write made through another API instance on the same Neo4j", async () => {
    const start = await writeSource(a);
    const onB = subscribe(open(b, null), CHANGES, { after: start.cursor });
    const throughA = await writeSource(a);
    await onB.waitFor(1);
    expect(seqs(onB)).toEqual([throughA.seq]);
    // And without a cursor: from the latest change on, once the subscription is in place.
    const live = subscribe(open(b, otherKey), CHANGES);
    await sleep(3 * POLL_MS);
    const later = await writeSource(a);
    await live.waitFor(1);
    expect(seqs(live)).toEqual([later.seq]);
  });

  it("closes a connection with an unknown key (4401 UNAUTHENTICATED), and anonymous ones under REQUIRE_API_KEY", async () => {
    const made = connect(a.api.url, { Authorization: "Bearer aig_0123456789abcdef_" + "x".repeat(43) });
    clients.push(made.client);
    const closed = await made.closed;
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/^UNAUTHENTICATED: the API key is unknown or revoked/);

    const strict = await startHardenedApi({ requireApiKey: true });
    try {
      const anonymous = connect(strict.api.url);
      clients.push(anonymous.client);
      expect((await anonymous.closed).code).toBe(4401);
      const keyed = connect(strict.api.url, { apiKey: editorKey });
      clients.push(keyed.client);
      const start = await writeSource();
      const received = subscribe(keyed.client, CHANGES, { after: start.cursor });
      const next = await writeSource();
      await received.waitFor(1);
      expect(seqs(received)).toEqual([next.seq]);
    } finally {
      await strict.close();
    }
  });

  it("allows MAX_SUBSCRIPTIONS_PER_KEY open subscriptions per key, refusing more with TOO_MANY_SUBSCRIPTIONS", async () => {
    const start = await writeSource();
    const client = open(a, limitedKey);
    // Other connections of the same key share its budget.
    const first = subscribe(client, CHANGES, { after: start.cursor });
    const second = subscribe(open(a, limitedKey), CHANGES, { after: start.cursor });
    await sleep(3 * POLL_MS);
    const third = subscribe(client, CHANGES, { after: start.cursor });
    await third.waitFor(1);
    expect(third.results[0].errors?.[0].extensions.code).toBe("TOO_MANY_SUBSCRIPTIONS");
    expect(await third.ended).toEqual({});
    // Another key has its own budget; a completed subscription frees its slot.
    const others = subscribe(open(a, otherKey), CHANGES, { after: start.cursor });
    first.cancel();
    await sleep(3 * POLL_MS);
    const again = subscribe(client, CHANGES, { after: start.cursor });
    const next = await writeSource();
    for (const received of [second, others, again]) {
      await received.waitFor(1);
      expect(received.results).toEqual([{ data: { changes: expect.objectContaining({ seq: next.seq }) } }]);
    }
  });

  it("holds WebSocket operations to HTTP's limits and sends queries and subscriptions where they belong", async () => {
    const client = open(a, null);
    const aliased = subscribe(client, `subscription { changes { ${Array.from({ length: 16 }, (_, i) => `s${i}: seq`).join(" ")} } }`);
    expect(await aliased.ended).toEqual({
      error: [expect.objectContaining({ extensions: expect.objectContaining({ code: "TOO_MANY_ALIASES" }) })],
    });
    const query = subscribe(client, `{ changes(first: 1) { totalCount } }`);
    const refused = (await query.ended).error as any[];
    expect(refused[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(refused[0].message).toContain("over HTTP");
    const badCursor = subscribe(client, CHANGES, { after: "bm90LWEtY3Vyc29y" });
    await badCursor.waitFor(1);
    expect(badCursor.results[0].errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });

    const document = `query Feed { changes(first: 1) { totalCount } } subscription Watch { changes { seq } }`;
    const overHttp = await postGraphQL(a.api.url, { query: document, operationName: "Watch" });
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(overHttp.errors?.[0].message).toContain("WebSocket");
    // A document holding a subscription still runs its queries over HTTP (Apollo Sandbox sends them so).
    const queryOfIt = await postGraphQL(a.api.url, { query: document, operationName: "Feed" });
    expect(queryOfIt.errors).toBeUndefined();
    expect(queryOfIt.data.changes.totalCount).toBeGreaterThan(0);
  });
});
