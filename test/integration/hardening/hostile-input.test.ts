import {
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  isCompositeType,
} from "graphql";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { buildAppSchema } from "../../../src/schema";
import { GraphQLResponse, TestApi } from "../../helpers/api";
import { codeOf, postGraphQL, startHardenedApi } from "./harness";
import { seededGlobalId } from "../../../src/common/global-id";

jest.setTimeout(300_000);

/** Codes a hostile request may legitimately end with; anything else (INTERNAL_SERVER_ERROR!) fails. */
const CLIENT_CODES = new Set([
  "BAD_REQUEST",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "NOT_FOUND",
  "QUERY_TOO_DEEP",
  "QUERY_TOO_COMPLEX",
  "TOO_MANY_ALIASES",
  "TOO_MANY_DIRECTIVES",
  "TOO_MANY_TOKENS",
  "DOCUMENT_TOO_LARGE",
  "OPERATION_RESOLUTION_FAILURE",
]);

const CYPHER_INJECTIONS = [
  `moonshot-ai"}) MATCH (n) DETACH DELETE n //`,
  `moonshot-ai' OR 1=1 //`,
  `x' RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //`,
  "x` DETACH DELETE n //",
  "$slug",
  "{{WHERE}}",
  `\\u0027 }) CREATE (:Pwned) //`,
  `"; CALL db.clearQueryCaches(); //`,
];
const LUCENE_INJECTIONS = [
  "*",
  "?",
  "normalized:*",
  "AND OR NOT",
  "moon~",
  '"unterminated',
  "(((",
  "[a TO z]",
  "\\",
  "/.*/",
  '+-&&||!(){}[]^"~*?:\\/',
  "a".repeat(5000),
];
const ODD_UNICODE = [
  "",
  " ",
  "\u0000",
  "\ud800",
  "\u202e\u202d",
  "\u200b\u200d\ufeff",
  "e\u0301\u0301\u0301\u0301",
  "😀🚀".repeat(50),
  "月之暗面\u3000",
  "\uffff\ufffe",
];
const PAYLOADS = [...CYPHER_INJECTIONS, ...LUCENE_INJECTIONS, ...ODD_UNICODE, "x".repeat(100_000 / 4)];

function assertClientError(res: GraphQLResponse, what: string): void {
  if (res.status >= 500) throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res).slice(0, 400)}`);
  for (const e of res.errors ?? []) {
    const code = e.extensions?.code;
    if (!CLIENT_CODES.has(code)) throw new Error(`${what}: error code ${code}: ${e.message}`);
    expect(JSON.stringify(e)).not.toMatch(/stacktrace|Neo4jError|\.ts:\d+/);
  }
}

async function raw(url: string, init: RequestInit): Promise<GraphQLResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text.slice(0, 200) };
  }
  return { ...body, status: response.status, headers: response.headers } as GraphQLResponse;
}

/** A value that satisfies `type` (for the arguments a probe does not attack). */
function filler(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (inner instanceof GraphQLList) return [filler(inner.ofType)];
  if (inner instanceof GraphQLEnumType) return inner.getValues()[0].value;
  if (inner instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => f.type instanceof GraphQLNonNull)
        .map((f) => [f.name, filler(f.type)]),
    );
  }
  const name = inner.name;
  return name === "Int" || name === "Float" ? 1 : name === "Boolean" ? true : name === "Date" ? "2024-01-01" : "moonshot-ai";
}

interface Probe {
  /** Where the payload goes, e.g. "Query.search(query)" or "Query.organizations(filter.name)". */
  label: string;
  /** Builds the operation and variables for one payload. */
  build(payload: string): { query: string; variables: Record<string, unknown> };
}

/** Every String/ID argument (and String/ID field of an input-object argument) of `field`. */
function probesFor(prefix: string, field: GraphQLField<unknown, unknown>, wrap: (call: string) => string): Probe[] {
  const probes: Probe[] = [];
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  const call = (args: GraphQLArgument[], attacked: string, value: (payload: string) => unknown) => {
    const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
    const uses = args.map((a) => `${a.name}: $${a.name}`).join(", ");
    return (payload: string) => ({
      query: `query Probe${defs ? `(${defs})` : ""} { ${wrap(`${field.name}${uses ? `(${uses})` : ""}${selection}`)} }`,
      variables: Object.fromEntries(args.map((a) => [a.name, a.name === attacked ? value(payload) : filler(a.type)])),
    });
  };
  for (const arg of field.args) {
    const named = getNamedType(arg.type);
    const others = field.args.filter((a) => a === arg || a.type instanceof GraphQLNonNull);
    if (named.name === "String" || named.name === "ID") {
      const list = getNullableType(arg.type) instanceof GraphQLList;
      probes.push({ label: `${prefix}.${field.name}(${arg.name})`, build: call(others, arg.name, (p) => (list ? [p] : p)) });
    } else if (named instanceof GraphQLInputObjectType) {
      for (const inputField of Object.values(named.getFields())) {
        const inputNamed = getNamedType(inputField.type);
        if (inputNamed.name !== "String" && inputNamed.name !== "ID" && inputNamed.name !== "Date") continue;
        const list = getNullableType(inputField.type) instanceof GraphQLList;
        const base = filler(arg.type) as Record<string, unknown>;
        probes.push({
          label: `${prefix}.${field.name}(${arg.name}.${inputField.name})`,
          build: call(others, arg.name, (p) => ({ ...base, [inputField.name]: list ? [p] : p })),
        });
      }
    }
  }
  return probes;
}

describe("hostile input", () => {
  let t: TestApi;
  let countsBefore: { nodes: number; relationships: number };

  beforeAll(async () => {
    t = await startHardenedApi({ production: true });
    [countsBefore] = await t.db.read<{ nodes: number; relationships: number }>("count-graph", {});
  });

  afterAll(async () => {
    await t?.close();
  });

  it("answers malformed HTTP requests with 4xx and a JSON error, never 5xx", async () => {
    const url = t.api.url;
    const json = { "content-type": "application/json" };
    const cases: [string, RequestInit][] = [
      ["truncated JSON", { method: "POST", headers: json, body: '{"query": "{ __typename ' }],
      ["JSON string", { method: "POST", headers: json, body: '"{ __typename }"' }],
      ["JSON number", { method: "POST", headers: json, body: "42" }],
      ["empty body", { method: "POST", headers: json, body: "" }],
      ["empty object", { method: "POST", headers: json, body: "{}" }],
      ["null query", { method: "POST", headers: json, body: '{"query": null}' }],
      ["numeric query", { method: "POST", headers: json, body: '{"query": 42}' }],
      ["object query", { method: "POST", headers: json, body: '{"query": {"a": 1}}' }],
      ["variables as a string", { method: "POST", headers: json, body: '{"query": "{ __typename }", "variables": "{}"}' }],
      ["variables as an array", { method: "POST", headers: json, body: '{"query": "{ __typename }", "variables": [1]}' }],
      ["batched while disabled", { method: "POST", headers: json, body: '[{"query": "{ __typename }"}]' }],
      ["text/plain", { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query": "{ __typename }"}' }],
      [
        "form-urlencoded",
        { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "query=%7B__typename%7D" },
      ],
      ["application/xml", { method: "POST", headers: { "content-type": "application/xml" }, body: "<query/>" }],
      ["application/graphql", { method: "POST", headers: { "content-type": "application/graphql" }, body: "{ __typename }" }],
      ["no content type", { method: "POST", body: '{"query": "{ __typename }"}' }],
      [
        "JSON with an unknown charset",
        { method: "POST", headers: { "content-type": "application/json; charset=x-unknown" }, body: '{"query": "{ __typename }"}' },
      ],
      ["gzip claimed, not sent", { method: "POST", headers: { ...json, "content-encoding": "gzip" }, body: '{"query": "{ __typename }"}' }],
      ["PUT", { method: "PUT", headers: json, body: '{"query": "{ __typename }"}' }],
      ["DELETE", { method: "DELETE" }],
    ];
    for (const [what, init] of cases) {
      const res = await raw(url, init);
      if (res.status < 400 || res.status >= 500)
        throw new Error(`${what}: expected 4xx, got ${res.status} ${JSON.stringify(res).slice(0, 300)}`);
      assertClientError(res, what);
    }
    // Deeply nested JSON in an undeclared variable is parsed and ignored.
    const nested = await raw(url, {
      method: "POST",
      headers: json,
      body: `{"query": "{ __typename }", "variables": {"a": ${"[".repeat(5000)}${"]".repeat(5000)}}}`,
    });
    expect(nested.status).toBe(200);
    const get = await raw(`${url}?query=${encodeURIComponent("{ __typename ")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBe(400);
    const huge = await raw(url, { method: "POST", headers: json, body: JSON.stringify({ query: `{ ${"__typename ".repeat(50_000)} }` }) });
    expect(huge.status).toBe(413);
  });

  it("refuses hostile documents with the limit's or GraphQL's error code", async () => {
    const expectations: [string, string, string][] = [
      ["deep nesting", `{ ${"a { ".repeat(300)}b${" }".repeat(300)} }`, "QUERY_TOO_DEEP|GRAPHQL_VALIDATION_FAILED"],
      ["deep list literal", `{ search(query: ${"[".repeat(400)}"x"${"]".repeat(400)}) { matched } }`, "GRAPHQL_VALIDATION_FAILED"],
      [
        "alias bomb",
        `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: entity(slug: "moonshot-ai") { name }`).join(" ")} }`,
        "TOO_MANY_ALIASES",
      ],
      ["token bomb", `{ ${"__typename ".repeat(2000)} }`, "TOO_MANY_TOKENS"],
      ["directive bomb", `{ __typename ${"@skip(if: false) ".repeat(60)} }`, "TOO_MANY_DIRECTIVES|GRAPHQL_VALIDATION_FAILED"],
      ["circular fragments", `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, "GRAPHQL_VALIDATION_FAILED"],
      ["self-spreading fragment", `{ ...A } fragment A on Query { __typename ...A }`, "GRAPHQL_VALIDATION_FAILED"],
      [
        "unknown operation",
        `query A { __typename } query B { __typename }`,
        "GRAPHQL_VALIDATION_FAILED|OPERATION_RESOLUTION_FAILURE|BAD_REQUEST",
      ],
      [
        "mutation without an API key",
        `mutation { createSource(input: { slug: "x", title: "x", publisher: "x", publishedAt: "2025", language: "en", url: "https://e.com" }) { userErrors { code } } }`,
        "FORBIDDEN",
      ],
      ["subscription", `subscription { __typename }`, "GRAPHQL_VALIDATION_FAILED|BAD_REQUEST"],
      ["syntax error", `{ entity(slug: ) { name } }`, "GRAPHQL_PARSE_FAILED"],
      ["invalid characters", `{ \u0000\u0007 }`, "GRAPHQL_PARSE_FAILED"],
      ["page size too large", `{ events(first: 1000000) { totalCount } }`, "BAD_USER_INPUT"],
      ["negative page size", `{ events(first: -1) { totalCount } }`, "BAD_USER_INPUT"],
      ["first and last", `{ events(first: 1, last: 1) { totalCount } }`, "BAD_USER_INPUT"],
    ];
    for (const [what, query, codes] of expectations) {
      const res = await postGraphQL(t.api.url, { query });
      assertClientError(res, what);
      const code = res.errors?.[0]?.extensions?.code;
      if (!new RegExp(`^(${codes})$`).test(code))
        throw new Error(`${what}: expected ${codes}, got ${res.status} ${JSON.stringify(res).slice(0, 300)}`);
    }
  });

  it("answers invalid global ids with null and invalid cursors with BAD_USER_INPUT naming the argument", async () => {
    for (const id of [
      "",
      "not base64!!",
      "RW50aXR5Og",
      Buffer.from("Bogus:moonshot-ai").toString("base64url"),
      Buffer.from("Entity:../../etc").toString("base64url"),
      "x".repeat(10_000),
    ]) {
      const res = await t.query(`query($id: ID!) { node(id: $id) { id } }`, { id });
      assertClientError(res, `node(${id.slice(0, 20)})`);
      expect(res.data?.node ?? null).toBeNull();
    }
    for (const cursor of ["garbage", "", "eyJ4IjoxfQ", Buffer.from('{"s":{"$ne":1},"k":"x"}').toString("base64url"), "%%%"]) {
      for (const arg of ["after", "before"]) {
        const res = await t.query(`query($c: String) { events(${arg === "before" ? "last" : "first"}: 2, ${arg}: $c) { totalCount } }`, {
          c: cursor,
        });
        assertClientError(res, `events(${arg}: ${cursor})`);
        if (res.errors) {
          expect(res.errors[0].extensions?.code).toBe("BAD_USER_INPUT");
          expect(res.errors[0].message).toContain(`"${arg}"`);
        }
      }
    }
  });

  it("answers forged cursors on every connection with BAD_USER_INPUT naming the argument, never a database error", async () => {
    const cursor = (s: unknown, k: unknown = "01-ai") => Buffer.from(JSON.stringify([s, k])).toString("base64url");
    const forged = [
      "WyIwMSBhaSIsIjAxLWFpIl0",
      cursor(1e308),
      cursor(null),
      cursor(""),
      cursor("2024-13-45"),
      cursor("2024-02-30"),
      cursor("2024-01-01T00:00:00Z"),
      cursor(-1),
      cursor({ a: 1 }),
      cursor(["x"]),
      cursor("2024-01-01", 5),
      cursor("x".repeat(600)),
    ];
    const schema = await buildAppSchema();
    const connections: { label: string; args: string[]; query: (arg: string) => string }[] = [];
    const paged = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => a.name === "after");
    // Values for the arguments a root connection requires (a new required argument must be added here).
    const requiredValues: Record<string, string> = {
      query: '"moonshot"',
      fromId: `"${seededGlobalId("Entity", "zhu-xiaohu")}"`,
      toId: `"${seededGlobalId("Entity", "yang-zhilin")}"`,
    };
    for (const field of Object.values(schema.getQueryType()!.getFields()).filter(paged)) {
      const required = field.args.filter((a) => a.type instanceof GraphQLNonNull).map((a) => a.name);
      const unknown = required.filter((name) => !(name in requiredValues));
      if (unknown.length > 0) throw new Error(`Query.${field.name}: give a value for its required ${unknown.join(", ")}`);
      const given = required.map((name) => `${name}: ${requiredValues[name]}, `).join("");
      connections.push({
        label: `Query.${field.name}`,
        args: field.args.map((a) => a.name),
        query: (arg) => `query($c: String) { ${field.name}(${given}${arg}: $c) { totalCount } }`,
      });
    }
    for (const typeName of ["Organization", "Person", "Product", "Market"]) {
      const type = schema.getType(typeName) as { getFields?(): Record<string, GraphQLField<unknown, unknown>> } | undefined;
      for (const field of Object.values(type?.getFields?.() ?? {}).filter(paged)) {
        const required = field.args.filter((a) => a.type instanceof GraphQLNonNull);
        if (required.length > 0) continue;
        connections.push({
          label: `${typeName}.${field.name}`,
          args: field.args.map((a) => a.name),
          query: (arg) =>
            `query($c: String) { entity(slug: "moonshot-ai") { ... on ${typeName} { ${field.name}(${arg}: $c) { totalCount } } } }`,
        });
      }
    }
    expect(connections.map((c) => c.label)).toEqual(expect.arrayContaining(["Query.events", "Query.organizations", "Organization.events"]));
    for (const connection of connections) {
      // The change feed and Entity.history page forwards only (no `before`).
      for (const arg of ["after", "before"].filter((a) => connection.args.includes(a))) {
        for (const c of forged) {
          const res = await t.query(connection.query(arg), { c });
          const what = `${connection.label}(${arg}: ${c.slice(0, 40)})`;
          assertClientError(res, what);
          if (res.errors) {
            expect(res.errors[0].extensions?.code).toBe("BAD_USER_INPUT");
            expect(res.errors[0].message).toContain(`"${arg}"`);
          }
        }
      }
    }
    // The root timeline compares the cursor's sort value as a date: every forged one is refused.
    for (const c of forged) {
      const res = await t.query(`query($c: String) { events(after: $c) { totalCount } }`, { c });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
    }
  });

  it("answers wrong variable types with BAD_USER_INPUT naming the variable", async () => {
    const cases: [string, Record<string, unknown>][] = [
      ["query($n: Int) { events(first: $n) { totalCount } }", { n: "ten" }],
      ["query($n: Int) { events(first: $n) { totalCount } }", { n: 1.5 }],
      ["query($n: Int) { events(first: $n) { totalCount } }", { n: 2 ** 40 }],
      ["query($n: Int) { events(first: $n) { totalCount } }", { n: { $gt: 1 } }],
      ["query($s: String!) { entity(slug: $s) { name } }", { s: null }],
      ["query($s: String!) { entity(slug: $s) { name } }", {}],
      ["query($s: String!) { entity(slug: $s) { name } }", { s: ["a", "b"] }],
      ["query($id: ID!) { node(id: $id) { id } }", { id: { toString: "x" } }],
    ];
    for (const [query, variables] of cases) {
      const res = await t.query(query, variables);
      assertClientError(res, `${query} ${JSON.stringify(variables)}`);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors![0].message).toMatch(/\$(n|s|id)/);
    }
  });

  it("handles injection attempts, overlong strings and odd Unicode in every string argument without a server error", async () => {
    const schema = await buildAppSchema();
    const probes: Probe[] = [];
    for (const field of Object.values(schema.getQueryType()!.getFields())) probes.push(...probesFor("Query", field, (c) => c));
    for (const typeName of ["Organization", "Person", "Product", "Market"]) {
      const type = schema.getType(typeName);
      if (!type || !("getFields" in type)) continue;
      for (const field of Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields())) {
        probes.push(...probesFor(typeName, field, (c) => `entity(slug: "moonshot-ai") { ... on ${typeName} { ${c} } }`));
      }
    }
    expect(probes.map((p) => p.label)).toEqual(expect.arrayContaining(["Query.search(query)", "Query.entity(slug)", "Query.node(id)"]));
    let requests = 0;
    for (const probe of probes) {
      for (const payload of PAYLOADS) {
        const { query, variables } = probe.build(payload);
        const res = await postGraphQL(t.api.url, { query, variables });
        requests += 1;
        assertClientError(res, `${probe.label} <- ${JSON.stringify(payload.slice(0, 40))}`);
      }
    }
    expect(requests).toBeGreaterThan(100);
  });

  it("answers client mistakes at the HTTP level with a 4xx JSON error and a stable code", async () => {
    const url = t.api.url;
    // Unknown paths, a doubled slash and a path parameter: JSON in GraphQL's error shape, not HTML.
    for (const path of ["/nope", "//graphql", "/graphql;x=1", "/graphql%00", "/.env"]) {
      const res = await raw(`${t.baseUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"{ __typename }"}',
      });
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect(codeOf(res)).toBe("NOT_FOUND");
    }
    // Automatic persisted queries: a wrong hash or an unsupported version is the client's mistake.
    const query = "{ __typename }";
    const sha = createHash("sha256").update(query).digest("hex");
    const apq = (persistedQuery: unknown) => postGraphQL(url, { query, extensions: { persistedQuery } });
    const apqCases: [string, Promise<GraphQLResponse>][] = [
      ["wrong hash", apq({ version: 1, sha256Hash: "0".repeat(64) })],
      ["version 2", apq({ version: 2, sha256Hash: sha })],
      ["no version", apq({ sha256Hash: sha })],
      ["hash not hex", apq({ version: 1, sha256Hash: "not-a-hash" })],
      ["upper-case hash", apq({ version: 1, sha256Hash: sha.toUpperCase() })],
      ["persistedQuery a string", apq("abc")],
    ];
    for (const [what, pending] of apqCases) {
      const res = await pending;
      expect([what, res.status, codeOf(res)]).toEqual([what, 400, "PERSISTED_QUERY_INVALID"]);
    }
    expect((await apq({ version: 1, sha256Hash: sha })).data).toEqual({ __typename: "Query" });
    // A hash alone, unknown to the server: the protocol's own answer, so the client sends the query.
    expect(codeOf(await postGraphQL(url, { extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } }))).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
    // A compressed body over the limit: the 413 states the limit (its size is known only inflated).
    const zipped = gzipSync(JSON.stringify({ query, variables: { pad: "x".repeat(200_000) } }));
    const big = await raw(url, {
      method: "POST",
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      body: zipped,
    });
    expect(big.status).toBe(413);
    expect(codeOf(big)).toBe("DOCUMENT_TOO_LARGE");
    expect(big.errors![0].message).toMatch(/limit of 102400 bytes/);
    expect(big.errors![0].message).not.toContain("?");
  });

  it("echoes at most 100 characters of a client's value in an error (a 5 KB id gives a short error)", async () => {
    const long = Buffer.from(`Entity:${"a".repeat(3700)}`).toString("base64url");
    expect(long.length).toBeGreaterThan(4900);
    const cases: [string, Record<string, unknown>][] = [
      ["query($id: ID!) { neighborhood(id: $id) { truncated } }", { id: long }],
      ["query($id: ID!) { neighborhood(id: $id) { truncated } }", { id: "!".repeat(5000) }],
      ["query($a: ID!, $b: ID!) { howConnected(fromId: $a, toId: $b) { length } }", { a: long, b: long }],
      ["query($id: ID!) { node(id: $id) { id } }", { id: "x".repeat(5000) }],
      ["query($n: Int) { events(first: $n) { totalCount } }", { n: "9".repeat(5000) }],
      ["query($s: String!) { entity(slug: $s) { name } }", { s: ["y".repeat(5000)] }],
      ["query($f: EntityListFilter) { organizations(filter: $f) { totalCount } }", { f: { kinds: ["Z".repeat(5000)] } }],
      ["query($c: String) { events(after: $c) { totalCount } }", { c: "c".repeat(5000) }],
    ];
    for (const [query, variables] of cases) {
      const res = await t.query(query, variables);
      assertClientError(res, query);
      expect([query, JSON.stringify(res.errors ?? []).length < 1000]).toEqual([query, true]);
    }
  });

  it("hides schema hints in production, in variable coercion errors too", async () => {
    const dev = await startHardenedApi({ production: false });
    try {
      const cases: [string, Record<string, unknown>][] = [
        ["query($f: EntityListFilter) { organizations(filter: $f) { totalCount } }", { f: { kinds: ["STARTUPP"] } }],
        ["query($f: EntityListFilter) { organizations(filter: $f) { totalCount } }", { f: { nameContain: "moon" } }],
        ["query($o: EntityOrder) { organizations(orderBy: $o) { totalCount } }", { o: { field: "NAM" } }],
        [`{ organizations(filter: { kinds: [STARTUPP] }) { totalCount } }`, {}],
        [`{ organizations(filter: { nameContain: "moon" }) { totalCount } }`, {}],
      ];
      for (const [query, variables] of cases) {
        const shown = await dev.query(query, variables);
        // The hint exists in development, so its absence in production is the filter's doing.
        expect([query, JSON.stringify(shown.errors)]).toEqual([query, expect.stringMatching(/Did you mean/)]);
        const hidden = await t.query(query, variables);
        assertClientError(hidden, query);
        expect([query, JSON.stringify(hidden.errors)]).toEqual([
          query,
          expect.not.stringMatching(/Did you mean|STARTUP\b|nameContains|NAME\b/),
        ]);
      }
    } finally {
      await dev.close();
    }
  });

  it("leaves the database unchanged", async () => {
    const [after] = await t.db.read<{ nodes: number; relationships: number }>("count-graph", {});
    expect(after).toEqual(countsBefore);
    const pwned = await t.db.runStatement("MATCH (n:Pwned) RETURN count(n) AS n", {}, "READ");
    expect(pwned[0].n).toBe(0);
  });
});
