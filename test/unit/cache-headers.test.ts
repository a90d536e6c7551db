import { cachePolicy } from "../../src/http/cache-control";
import { etagFor, EtagInput, ifNoneMatchHits } from "../../src/http/etag";

const request: EtagInput = {
  dataVersion: 7,
  query: "{ entity(slug: $slug) { name } }",
  variables: '{"slug":"moonshot-ai"}',
  operationName: undefined,
  extensions: undefined,
  role: "anonymous",
};

describe("ETags of GET answers", () => {
  it("is a weak tag naming the data version, the same for the same request", () => {
    expect(etagFor(request)).toMatch(/^W\/"7-[A-Za-z0-9_-]{27}"$/);
    expect(etagFor({ ...request })).toBe(etagFor(request));
  });

  it.each<[string, Partial<EtagInput>]>([
    ["the data version", { dataVersion: 8 }],
    ["the query", { query: "{ entity(slug: $slug) { slug } }" }],
    ["the variables", { variables: '{"slug":"zhipu-ai"}' }],
    ["the operation name", { operationName: "Other" }],
    ["the persisted-query hash", { extensions: '{"persistedQuery":{"version":1,"sha256Hash":"ab"}}' }],
    ["the caller's role", { role: "editor" }],
  ])("changes with %s", (_what, change) => {
    expect(etagFor({ ...request, ...change })).not.toBe(etagFor(request));
  });

  it("matches If-None-Match by weak comparison, in a list, or *", () => {
    const etag = etagFor(request);
    const opaque = etag.slice(2);
    expect(ifNoneMatchHits(etag, etag)).toBe(true);
    expect(ifNoneMatchHits(opaque, etag)).toBe(true);
    expect(ifNoneMatchHits(`"other", ${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits("*", etag)).toBe(true);
    expect(ifNoneMatchHits(undefined, etag)).toBe(false);
    expect(ifNoneMatchHits(etagFor({ ...request, dataVersion: 6 }), etag)).toBe(false);
  });
});

describe("Cache-Control of answers", () => {
  const cacheable = { method: "GET", anonymous: true, hasErrors: false, maxAgeSeconds: 60 };
  it("lets shared caches keep an anonymous successful GET when CACHE_MAX_AGE_SECONDS is set", () => {
    expect(cachePolicy(cacheable)).toBe("public, max-age=60");
  });
  it.each([
    ["a POST", { method: "POST" }],
    ["a keyed request", { anonymous: false }],
    ["an answer with errors", { hasErrors: true }],
    ["the default (no max age)", { maxAgeSeconds: 0 }],
  ])("keeps %s out of caches", (_what, change) => {
    expect(cachePolicy({ ...cacheable, ...change })).toBe("no-store");
  });
});
