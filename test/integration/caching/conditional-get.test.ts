import "reflect-metadata";
import { createHash } from "node:crypto";
import * as path from "node:path";
import { bumpDataVersion, readDataVersion } from "../../../src/db/data-version";
import { loadSeeds } from "../../../src/seed/seed.loader";
import { SEEDS_DIR } from "../../../src/seed/seeds-dir";
import { TestApi } from "../../helpers/api";
import { startHardenedApi } from "../hardening/harness";
import { keyOf, runKeys } from "../auth/keys-cli";

const query = `query Moonshot($slug: String!) { entity(slug: $slug) { name } }`;
const variables = { slug: "moonshot-ai" };
// Apollo's CSRF prevention lets a GET through when it carries a header a browser form cannot set.
const GET_HEADERS = { "apollo-require-preflight": "true" };

interface GetAnswer {
  status: number;
  headers: Headers;
  body: Record<string, any> | null;
}

async function get(t: TestApi, params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GetAnswer> {
  const search = new URLSearchParams(
    Object.entries(params).map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value)]),
  );
  const response = await fetch(`${t.api.url}?${search}`, { headers: { ...GET_HEADERS, ...headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}

/** Moves the data version the way every write does: inside a write transaction. */
async function bump(t: TestApi): Promise<number> {
  return t.db.writeTransaction((tx) => bumpDataVersion(tx));
}

/** Waits until the API reports `version` (it reads the version at most once a second). */
async function untilReported(t: TestApi, version: number): Promise<void> {
  for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
    const answer = await get(t, { query: "{ __typename }" });
    if (answer.headers.get("x-data-version") === String(version)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API never reported data version ${version}`);
}

describe("cacheable reads: data version, ETag, 304, Cache-Control", () => {
  let t: TestApi;
  let key: string;

  beforeAll(async () => {
    t = await startHardenedApi({ caching: { maxAgeSeconds: 30 } });
    await t.db.runStatement("MATCH (k:ApiKey {name: 'test-caching'}) DETACH DELETE k");
    const created = await runKeys(["create", "--name", "test-caching", "--role", "editor"], {}, true);
    expect(created.code).toBe(0);
    key = keyOf(created);
  }, 180_000);
  afterAll(async () => {
    await t?.db.runStatement("MATCH (k:ApiKey {name: 'test-caching'}) DETACH DELETE k");
    await t?.close();
  });

  it("reports the data version on every response, in X-Data-Version and extensions.dataVersion", async () => {
    const version = await readDataVersion(t.db);
    expect(version).toBeGreaterThan(0); // the run's seeds moved it
    const posted = await t.query(query, variables);
    expect(posted.headers.get("x-data-version")).toBe(String(version));
    expect(posted.extensions?.dataVersion).toBe(version);
    expect(posted.headers.get("cache-control")).toBe("no-store");
    expect(posted.headers.get("etag")).toBeNull();
    // Refusals carry it too.
    const refused = await t.query(query, variables, { authorization: "Bearer made-up" });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("x-data-version")).toBe(String(version));
  });

  it("answers 304 to If-None-Match until the data version moves, then 200 with a new ETag", async () => {
    const first = await get(t, { query, variables });
    expect(first.status).toBe(200);
    expect(first.body?.data.entity.name).toBe("Moonshot AI");
    const etag = first.headers.get("etag")!;
    const version = Number(first.headers.get("x-data-version"));
    expect(etag).toMatch(new RegExp(`^W/"${version}-[A-Za-z0-9_-]+"$`));
    expect(first.headers.get("cache-control")).toBe("public, max-age=30");
    expect(first.headers.get("vary")).toMatch(/authorization/i);

    const again = await get(t, { query, variables }, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("public, max-age=30");
    // Another request (other variables) has another tag, so the old one does not match it.
    const other = await get(t, { query, variables: { slug: "zhipu-ai" } }, { "if-none-match": etag });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);

    const moved = await bump(t);
    expect(moved).toBe(version + 1);
    await untilReported(t, moved);
    const changed = await get(t, { query, variables }, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.body?.data.entity.name).toBe("Moonshot AI");
    const newEtag = changed.headers.get("etag")!;
    expect(newEtag).toMatch(new RegExp(`^W/"${moved}-`));
    expect(newEtag).not.toBe(etag);
    expect((await get(t, { query, variables }, { "if-none-match": newEtag })).status).toBe(304);
  });

  it("moves the data version when the seed loader writes (once per folder, in the folder's transaction)", async () => {
    const before = await readDataVersion(t.db);
    await loadSeeds(t.db, [path.join(SEEDS_DIR, "editorial-aliases")]);
    expect(await readDataVersion(t.db)).toBe(before + 1);
  }, 60_000);

  it("keeps keyed GETs and answers with errors out of caches (no-store), and tags keyed answers apart", async () => {
    const anonymous = await get(t, { query, variables });
    const keyed = await get(t, { query, variables }, { authorization: `Bearer ${key}` });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get("cache-control")).toBe("no-store");
    expect(keyed.headers.get("etag")).not.toBe(anonymous.headers.get("etag"));
    const failing = await get(t, { query: `{ entity(slug: "moonshot-ai") { noSuchField } }` });
    expect(failing.status).toBe(400);
    expect(failing.headers.get("cache-control")).toBe("no-store");
    expect(failing.headers.get("etag")).toBeNull();
    const badArgument = await get(t, { query: `{ events(first: 1000) { totalCount } }` });
    expect(badArgument.body?.errors?.length).toBeGreaterThan(0);
    expect(badArgument.headers.get("cache-control")).toBe("no-store");
    expect(badArgument.headers.get("etag")).toBeNull();
  });

  it("sends no-store on every answer when CACHE_MAX_AGE_SECONDS is not set", async () => {
    const plain = await startHardenedApi({});
    try {
      const answer = await get(plain, { query, variables });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(answer.headers.get("etag")).toMatch(/^W\//);
    } finally {
      await plain.close();
    }
  });

  it("serves automatic persisted queries: a registered hash alone is a cacheable GET", async () => {
    const text = `{ entity(slug: "moonshot-ai") { slug } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(text).digest("hex") } };
    const unknown = await get(t, { extensions });
    expect(unknown.body?.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const register = await fetch(t.api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: text, extensions }),
    });
    expect(register.status).toBe(200);
    const byHash = await get(t, { extensions });
    expect(byHash.status).toBe(200);
    expect(byHash.body?.data.entity.slug).toBe("moonshot-ai");
    const etag = byHash.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    expect((await get(t, { extensions }, { "if-none-match": etag })).status).toBe(304);
    const wrongHash = await get(t, { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(wrongHash.status).toBe(400);
    expect(wrongHash.body?.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_INVALID");
  });
});
