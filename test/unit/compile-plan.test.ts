import "reflect-metadata";
import { GraphQLSchema } from "graphql";
import { buildAppSchema } from "../../src/schema";
import { compiledEntityParams, compiledEntityText, planSignature } from "../../src/graph/compile/statement";
import { planOfQuery } from "../helpers/plan-of-query";

// The lookahead plan of `entity(slug:)` and the statement it compiles to (src/graph/compile), pure:
// the real schema, parsed queries, no database.

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const PROFILE = `query ($slug: String!) { entity(slug: $slug) { name ... on Organization {
  founders(first: 10) { edges { title node { name } } }
  investors(first: 10) { totalCount edges { round date { text } node { name } } } } } }`;

describe("the plan of entity(slug:)", () => {
  it("has no connection when none is selected (the loader path answers)", () => {
    expect(planOfQuery(schema, `{ entity(slug: "x") { name aliases { name } } }`).connections).toEqual([]);
  });

  it("finds the connections under inline fragments, with what of each is selected", () => {
    const plan = planOfQuery(schema, PROFILE, { slug: "x" });
    expect(plan.connections.map((c) => [c.selection.connection, c.totalCount, c.relationship, c.selection.page.limit])).toEqual([
      ["founders", false, true, 11],
      ["investors", true, true, 11],
    ]);
    expect(plan.aliases).toBe(false);
  });

  it("follows named fragments and nested connections under edges and nodes, and reads aliases and citations where selected", () => {
    const plan = planOfQuery(
      schema,
      `{ entity(slug: "x") { ...F } } fragment F on Organization { portfolio(first: 3) { edges { cursor node { aliases { name } ...G } } nodes { citations { quote } } } }
       fragment G on Organization { founders(first: 2) { totalCount } }`,
    );
    const [portfolio] = plan.connections;
    expect(portfolio.selection.connection).toBe("portfolio");
    expect(portfolio.relationship).toBe(false); // cursor and node only
    expect(portfolio.node).toMatchObject({ aliases: true, citations: true });
    expect(portfolio.node.connections.map((c) => [c.selection.connection, c.totalCount])).toEqual([["founders", true]]);
  });

  it("reads one page for the same arguments under two aliases, and two for different ones", () => {
    const plan = planOfQuery(
      schema,
      `{ entity(slug: "x") { ... on Organization { a: investors(first: 2) { totalCount } b: investors(first: 2) { edges { round } } c: investors(first: 3) { totalCount } } } }`,
    );
    expect(plan.connections).toHaveLength(2);
    expect(plan.connections[0]).toMatchObject({ totalCount: true, relationship: true });
  });

  it("takes arguments from variables and honours @skip and @include", () => {
    const query = `query ($n: Int!, $on: Boolean!) { entity(slug: "x") { ... on Organization {
      investors(first: $n, orderBy: { field: NAME, direction: DESC }) @include(if: $on) { totalCount } founders @skip(if: $on) { totalCount } } } }`;
    const on = planOfQuery(schema, query, { n: 4, on: true });
    expect(on.connections.map((c) => [c.selection.connection, c.selection.page.size, c.selection.byName, c.selection.descending])).toEqual([
      ["investors", 4, true, true],
    ]);
    expect(planOfQuery(schema, query, { n: 4, on: false }).connections.map((c) => c.selection.connection)).toEqual(["founders"]);
  });

  it("leaves out a connection whose arguments fail (its resolver reports the error through the loader)", () => {
    const plan = planOfQuery(
      schema,
      `{ entity(slug: "x") { ... on Organization { investors(first: 2, after: "forged") { totalCount } founders(first: 2, filter: { from: "2025-01-01", to: "2020-01-01" }) { totalCount } products(first: 1000) { totalCount } people(first: 2) { totalCount } } } }`,
    );
    expect(plan.connections.map((c) => c.selection.connection)).toEqual(["people"]);
  });
});

describe("the compiled statement", () => {
  it("carries every client value as a parameter: the text is the same whatever the values", () => {
    const a = planOfQuery(schema, PROFILE, { slug: "moonshot-ai" });
    const b = planOfQuery(
      schema,
      `{ entity(slug: "x' DETACH DELETE n //") { name ... on Organization { founders(first: 3, filter: { round: "}) MATCH (n) DETACH DELETE n //" }) { edges { title node { name } } } investors(first: 7) { totalCount edges { round date { text } node { name } } } } } }`,
    );
    expect(planSignature(a)).not.toBe(planSignature(b)); // b's founders are filtered: another shape
    const text = compiledEntityText(b, "slug");
    expect(text).not.toContain("DELETE");
    const params = compiledEntityParams(b, "slug", "x' DETACH DELETE n //");
    expect(params).toMatchObject({ slug: "x' DETACH DELETE n //", c0: { round: "}) MATCH (n) DETACH DELETE n //" } });
    expect(params.c1_limit).toEqual(expect.objectContaining({ low: 8 }));
    expect(compiledEntityText(planOfQuery(schema, PROFILE.replace("first: 10", "first: 3")), "slug")).toBe(compiledEntityText(a, "slug"));
  });

  it("nests a connection's connections inside its page, after LIMIT, numbering them depth first as the parameters are", () => {
    const plan = planOfQuery(
      schema,
      `{ entity(slug: "x") { ... on Organization { portfolio(first: 2) { nodes { ... on Organization { founders(first: 5) { nodes { slug } } } } } products(first: 1) { totalCount } } } }`,
    );
    const text = compiledEntityText(plan, "slug");
    expect(Object.keys(compiledEntityParams(plan, "slug", "x")).sort()).toEqual([
      "c0",
      "c0_limit",
      "c1",
      "c1_limit",
      "c2",
      "c2_limit",
      "slug",
    ]);
    expect(text.indexOf("LIMIT $c0_limit")).toBeLessThan(text.indexOf("(n0)<-[r1:FOUNDED]-(n1:Entity)"));
    expect(text).toContain("(e)-[r2:OWNS]->(n2:Entity)");
    expect(text).toContain("pages: {c1: c1}");
    expect(text).toMatch(/RETURN \$slug AS requested, e \{[^}]*\} AS entity, \{c0: c0, c2: c2\} AS pages$/);
    // Not selected: no count walk, no relationship properties, no aliases.
    expect(text).toContain("RETURN 0 AS total");
    expect(text).not.toContain("Alias");
  });

  it("reads of a relationship and its node only the properties the selected fields need, cited quotes only when selected", () => {
    const edges = (fields: string) =>
      compiledEntityText(
        planOfQuery(schema, `{ entity(slug: "x") { ... on Organization { investors(first: 2) { edges { ${fields} node { slug } } } } } }`),
        "slug",
      );
    expect(edges("round")).toContain("r0 {.round, type: type(r0), outgoing: startNode(r0) = e}");
    expect(edges("round")).not.toContain("citationQuotes");
    expect(edges("round")).not.toContain(".*");
    expect(edges("date { text } amount { amount }")).toContain(
      "r0 {.dateText, .datePrecision, dateStart: toString(r0.dateStart), dateEnd: toString(r0.dateEnd), .amount, .currency, type: type(r0)",
    );
    expect(edges("citations { quote }")).toContain("r0 {.citationSources, .citationQuotes, type: type(r0)");
    // The node reads its key and type, and what its selected fields need.
    expect(edges("round")).toMatch(/other: n0 \{\s*\.slug, \.type\s*\}/);
    expect(
      compiledEntityText(
        planOfQuery(schema, `{ entity(slug: "x") { id ... on Organization { investors(first: 2) { nodes { name kinds } } } } }`),
        "uid",
      ),
    ).toMatch(/other: n0 \{\s*\.slug, \.type, \.name, \.kinds\s*\}[\s\S]*RETURN \$uid AS requested, e \{\s*\.slug, \.type, \.uid\s*\}/);
  });
});
