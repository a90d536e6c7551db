import * as fs from "node:fs";
import * as path from "node:path";
import { getIntrospectionQuery } from "graphql";
import { expectNoErrors, TestApi } from "../../helpers/api";
import { codeOf, postGraphQL, startHardenedApi } from "./harness";

const deepQuery = `{
  events(first: 1) { edges { node { participants { entity {
    ... on Organization { investors(first: 1) { edges { node { name } } } }
  } } } } }
}`;

describe("operation limits", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startHardenedApi();
  });
  afterAll(async () => {
    await t.close();
  });

  it("refuses a query nested deeper than 8 levels with QUERY_TOO_DEEP, saying by how much", async () => {
    const res = await t.query(deepQuery);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("QUERY_TOO_DEEP");
    expect(res.errors![0].message).toBe("Query depth exceeds the limit (9 levels, 1 over the limit of 8).");
    expect(res.errors![0].extensions).toMatchObject({ limit: 8, actual: 9 });
    expect(res.data).toBeUndefined();
    expect(res.extensions?.cypherQueries ?? 0).toBe(0);
  });

  it("does not count inline fragments as levels: an 8-level query with `... on Person` runs", async () => {
    const res = await t.query(
      `{ entity(slug: "yang-zhilin") { ... on Person { backers(first: 2) { edges { node { ... on Organization { investors(first: 1) { edges { node { name } } } } } } } } } }`,
    );
    expectNoErrors(res);
  });

  it("refuses more than 15 aliases with TOO_MANY_ALIASES", async () => {
    const fields = Array.from({ length: 16 }, (_, i) => `a${i}: entity(slug: "moonshot-ai") { name }`).join("\n");
    const res = await t.query(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("TOO_MANY_ALIASES");
    expect(res.errors![0].message).toBe("Alias count exceeds the limit (16 aliases, 1 over the limit of 15).");
  });

  it("refuses more than 50 directives with TOO_MANY_DIRECTIVES", async () => {
    const res = await t.query(`{ ${Array(51).fill("__typename @skip(if: false)").join(" ")} }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("TOO_MANY_DIRECTIVES");
    expect(res.errors![0].extensions).toMatchObject({ limit: 50, actual: 51 });
  });

  it("refuses a document of more than 2000 tokens with TOO_MANY_TOKENS before parsing it", async () => {
    const res = await t.query(`{ ${"__typename ".repeat(2000)} }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("TOO_MANY_TOKENS");
    expect(res.errors![0].message).toBe("Token count exceeds the limit (2002 tokens, 2 over the limit of 2000).");
  });

  it("refuses a query text over 32 KiB (comments included) with DOCUMENT_TOO_LARGE and 413", async () => {
    const res = await t.query(`# ${"x".repeat(33_000)}\n{ __typename }`);
    expect(res.status).toBe(413);
    expect(codeOf(res)).toBe("DOCUMENT_TOO_LARGE");
    expect(res.errors![0].extensions).toMatchObject({ limit: 32768 });
  });

  it("refuses a request body over 100 kB with DOCUMENT_TOO_LARGE and 413, as JSON", async () => {
    const res = await t.query(`query($s: String!) { search(query: $s) { matched } }`, { s: "x".repeat(120_000) });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toMatch(/json/);
    expect(codeOf(res)).toBe("DOCUMENT_TOO_LARGE");
  });

  it("multiplies connection fields by their page size and refuses a cost over 10000 with QUERY_TOO_COMPLEX", async () => {
    const res = await t.query(`{
      organizations(first: 100) { edges { node { investors(first: 100) { totalCount } } } }
    }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("QUERY_TOO_COMPLEX");
    // organizations: 1 + 100 * (edges 1 + node (1 + investors (1 + 100 * totalCount 1)))
    const cost = 1 + 100 * (1 + (1 + (1 + 100 * 1)));
    expect(res.errors![0].message).toBe(`Query cost exceeds the limit (${cost} points, ${cost - 10000} over the limit of 10000).`);
    expect(res.extensions?.cost).toEqual({ requested: cost, limit: 10000 });
    expect(res.extensions?.cypherQueries).toBe(0);
  });

  it("reports the cost of every operation in extensions.cost, using the default page size of 20 when none is asked", async () => {
    const asked = await t.query(`{ events(first: 10) { edges { node { title } } } }`);
    expectNoErrors(asked);
    expect(asked.extensions?.cost).toEqual({ requested: 1 + 10 * 3, limit: 10000 });
    const defaulted = await t.query(`{ events { edges { node { title } } } }`);
    expect(defaulted.extensions?.cost).toEqual({ requested: 1 + 20 * 3, limit: 10000 });
    const variable = await t.query(`query($n: Int) { events(first: $n) { edges { node { title } } } }`, { n: 2 });
    expect(variable.extensions?.cost).toEqual({ requested: 1 + 2 * 3, limit: 10000 });
  });

  it("refuses a fragment-spread explosion with QUERY_TOO_COMPLEX", async () => {
    const fragments = ['fragment F0 on Query { __typename entity(slug: "moonshot-ai") { name } }'];
    for (let i = 1; i <= 8; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} ...F${i - 1} ...F${i - 1} }`);
    const res = await t.query(`{ ...F8 }\n${fragments.join("\n")}`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("QUERY_TOO_COMPLEX");
  });

  it("lets Apollo Sandbox's full introspection query through every limit", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const res = await t.query(query);
    expectNoErrors(res);
    expect(res.data?.__schema.types.length).toBeGreaterThan(20);
    // Introspection is charged by what it returns (about 5000 points here), within MAX_COST.
    expect(res.extensions?.cost.requested).toBeGreaterThan(1000);
    expect(res.extensions?.cost.requested).toBeLessThanOrEqual(10000);
  });

  it("runs every example operation preloaded in Sandbox within the limits", async () => {
    const examples = fs.readFileSync(path.join(__dirname, "../../../schema/examples.graphql"), "utf8");
    const names = [...examples.matchAll(/^query (\w+)/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(3);
    for (const operationName of names) {
      const res = await postGraphQL(t.api.url, { query: examples, operationName });
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect({ operationName, codes }).toEqual({ operationName, codes: codes.filter((c) => !/TOO_|QUERY_TOO|DOCUMENT/.test(c)) });
    }
  });

  it("refuses batched requests unless enabled", async () => {
    const res = await postGraphQL(t.api.url, [{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res)).toMatch(/batch/i);
  });
});

describe("operation limits, configured", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startHardenedApi({ limits: { maxDepth: 2, maxCost: 10 }, allowBatchedRequests: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it("applies configured limits", async () => {
    expect(codeOf(await t.query(`{ entity(slug: "moonshot-ai") { aliases { name } } }`))).toBe("QUERY_TOO_DEEP");
    expect(codeOf(await t.query(`{ events(first: 20) { totalCount } }`))).toBe("QUERY_TOO_COMPLEX");
  });

  it("runs batched requests when enabled, each with its own cost", async () => {
    const res = await postGraphQL(t.api.url, [{ query: "{ __typename }" }, { query: `{ entity(slug: "moonshot-ai") { name } }` }]);
    expect(res.status).toBe(200);
    const results = Object.values(res).filter((v) => typeof v === "object" && v && "data" in (v as object)) as {
      data: unknown;
      extensions: { cost: unknown };
    }[];
    expect(results.map((r) => r.extensions.cost)).toEqual([
      { requested: 0, limit: 10 },
      { requested: 2, limit: 10 },
    ]);
  });
});
