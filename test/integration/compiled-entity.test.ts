import { expectNoErrors, GraphQLResponse, startTestApi, TestApi } from "../helpers/api";
import { legacyGlobalId, seededGlobalId } from "../../src/common/global-id";
import { Logger } from "../../src/common/logger";
import { GraphDatabase } from "../../src/db/graph-database";

// Issue 16, part 2: `entity(slug:)` with relationship connections, and `node(id:)` for an entity, are
// compiled into one statement (src/graph/compile). `entities(slugs:)` and `nodes(ids:)` are not: the
// same selection under them takes the DataLoader path, so each answer here is compared with the other
// path's answer on the seed graph.

const ENTITY_PARTS = `id slug name type kinds description version aliases { name language } citations { quote source { slug } } redirectedFrom`;

/** `queries`: 1, or more where the selection has fields outside relationship connections that load through their loaders (citations' sources, events). */
const QUERIES: Record<string, { selection: string; slugs: string[]; variables?: Record<string, unknown>; queries?: number }> = {
  "the bench's profile": {
    selection: `name ... on Organization { founders(first: 10) { edges { title node { name } } } investors(first: 10) { totalCount edges { round date { text } node { name } } } }`,
    slugs: ["recurrent-ai", "moonshot-ai", "gsr-ventures"],
  },
  "the bench's portfolio, two levels": {
    selection: `name ... on Organization { portfolio(first: 10) { totalCount edges { node { name ... on Organization { founders(first: 5) { edges { node { name } } } } } } } }`,
    slugs: ["gsr-ventures", "zhu-xiaohu"],
  },
  "every field of entities and edges, two levels, with pageInfo and cursors": {
    selection: `${ENTITY_PARTS} ... on Organization {
      investors(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor relationship date { text precision start end } certainty disputed round amount { amount currencyCode } citations { quote source { slug } } event { slug }
          node { ${ENTITY_PARTS} ... on Organization { portfolio(first: 4) { totalCount edges { cursor node { slug } } } } } } }
      founders(first: 5) { totalCount nodes { slug ... on Person { roles(first: 3) { totalCount edges { jobTitle title from { text } to { text } node { slug } } } } } }
      products(first: 5) { totalCount edges { node { slug ... on Product { owners(first: 2) { totalCount edges { node { slug } } } } } } }
      people(first: 5, asOf: "2024-06-01") { totalCount edges { jobTitle node { slug } } }
      legalActions(first: 5) { totalCount edges { role legalKind kind claims { totalCount } node { slug } } }
      acquisitions(first: 3) { totalCount edges { price { amount currencyCode } valuation { amount currencyCode } node { slug } } }
    }`,
    slugs: ["recurrent-ai", "moonshot-ai", "gsr-ventures", "oppo", "google"],
    queries: 4,
  },
  "three levels": {
    selection: `... on Organization { portfolio(first: 5) { nodes { slug ... on Organization { founders(first: 3) { nodes { ${ENTITY_PARTS} ... on Person { roles(first: 3) { totalCount nodes { slug } } } } } } } } }`,
    slugs: ["gsr-ventures", "zhu-xiaohu"],
    queries: 2,
  },
  "a person's connections": {
    selection: `slug ... on Person { roles(first: 5) { totalCount edges { jobTitle node { slug } } } founded(first: 5) { totalCount edges { node { slug ... on Organization { investors(first: 3) { totalCount nodes { slug } } } } } } moves(first: 3) { totalCount edges { jobTitle left { slug } node { slug } } } portfolio(first: 3) { totalCount nodes { slug } } legalActions(first: 3) { totalCount edges { role node { slug } } } }`,
    slugs: ["zhu-xiaohu", "yang-zhilin", "zhang-yutao"],
  },
  "filters and orders, aliases with other arguments, in both directions": {
    selection: `... on Organization {
      byName: investors(first: 2, orderBy: { field: NAME, direction: DESC }) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor } }
      last: investors(last: 2) { totalCount edges { cursor node { slug } } pageInfo { hasPreviousPage startCursor } }
      confirmed: investors(first: 5, filter: { certainty: [CONFIRMED] }) { totalCount nodes { slug } }
      dated: investors(first: 5, filter: { from: "2020-01-01", to: "2030-01-01" }) { totalCount nodes { slug } }
      newest: portfolio(first: 3, orderBy: { direction: DESC }) { totalCount edges { cursor node { slug } } }
      same: portfolio(first: 3, orderBy: { direction: DESC }) { edges { node { name } } }
    }`,
    slugs: ["recurrent-ai", "gsr-ventures", "moonshot-ai"],
  },
  "fragments, inline fragments, variables and directives": {
    selection: `...Profile ... on Organization { investors(first: $n) @include(if: $withInvestors) { totalCount nodes { slug } } founders(first: $n) @skip(if: $withInvestors) { totalCount } }`,
    slugs: ["recurrent-ai", "gsr-ventures"],
    variables: { n: 2, withInvestors: true },
  },
  "no connection, the entity's own fields (the only root field: compiled)": {
    selection: ENTITY_PARTS,
    slugs: ["moonshot-ai", "yang-zhilin"],
    queries: 2,
  },
  "an unknown slug": { selection: `slug ... on Organization { investors(first: 2) { totalCount } }`, slugs: ["no-such-entity"] },
};

const FRAGMENT = `fragment Profile on Entity { name ... on Organization { portfolio(first: 2) { totalCount edges { node { ...Founders } } } } }
fragment Founders on Entity { slug ... on Organization { founders(first: 3) { edges { node { name } } } } }`;

describe("entity(slug:) and node(id:) compiled into one statement", () => {
  let t: TestApi;
  const logged: Record<string, unknown>[] = [];

  beforeAll(async () => {
    t = await startTestApi({ logger: new Logger("warn", (line) => logged.push(JSON.parse(line) as Record<string, unknown>)) });
  });
  afterAll(async () => t?.close());
  afterEach(() => jest.restoreAllMocks());

  /** The selection under `entity` (compiled) and under `entities` (the loaders), with the same variables. */
  async function bothPaths(selection: string, slug: string, variables: Record<string, unknown> = {}) {
    const declared = Object.keys(variables).length ? `, $n: Int!, $withInvestors: Boolean!` : "";
    const fragments = selection.includes("...Profile") ? FRAGMENT : "";
    const compiled = await t.query(`query ($slug: String!${declared}) { entity(slug: $slug) { ${selection} } } ${fragments}`, {
      slug,
      ...variables,
    });
    const loaders = await t.query(`query ($slugs: [String!]!${declared}) { entities(slugs: $slugs) { ${selection} } } ${fragments}`, {
      slugs: [slug],
      ...variables,
    });
    return { compiled, loaders };
  }

  it.each(Object.entries(QUERIES))(
    "answers %s as the DataLoader path does, in one query",
    async (_label, { selection, slugs, variables, queries }) => {
      for (const slug of slugs) {
        const { compiled, loaders } = await bothPaths(selection, slug, variables);
        expectNoErrors(compiled);
        expectNoErrors(loaders);
        expect(compiled.data!.entity).toEqual(loaders.data!.entities[0]);
        if (queries === undefined) expect(compiled.extensions?.cypherQueries).toBe(1);
        else expect(compiled.extensions?.cypherQueries).toBeLessThanOrEqual(queries);
        expect(compiled.extensions?.cypherQueries).toBeLessThanOrEqual(loaders.extensions?.cypherQueries);
      }
    },
  );

  /** The selection under `node(id:)` (compiled) and under `nodes(ids:)` (loadNode's loaders), with the same variables. */
  async function bothNodePaths(selection: string, id: string, variables: Record<string, unknown> = {}) {
    const declared = Object.keys(variables).length ? `, $n: Int!, $withInvestors: Boolean!` : "";
    const fragments = selection.includes("...Profile") ? FRAGMENT : "";
    const compiled = await t.query(`query ($id: ID!${declared}) { node(id: $id) { id ... on Entity { ${selection} } } } ${fragments}`, {
      id,
      ...variables,
    });
    const loaders = await t.query(
      `query ($ids: [ID!]!${declared}) { nodes(ids: $ids) { id ... on Entity { ${selection} } } } ${fragments}`,
      {
        ids: [id],
        ...variables,
      },
    );
    return { compiled, loaders };
  }

  it.each(Object.entries(QUERIES))(
    "answers node(id:) with %s as the loader path does, in one query",
    async (_label, { selection, slugs, variables, queries }) => {
      for (const slug of slugs) {
        for (const id of [seededGlobalId("Entity", slug), legacyGlobalId("Entity", slug)]) {
          const { compiled, loaders } = await bothNodePaths(selection, id, variables);
          expectNoErrors(compiled);
          expectNoErrors(loaders);
          expect(compiled.data!.node).toEqual(loaders.data!.nodes[0]);
          expect(compiled.extensions?.cypherQueries).toBeLessThanOrEqual(queries ?? 1);
          // Never more than the loaders (fewer for a known stable id: the loaders look its slug up first, see below).
          expect(compiled.extensions?.cypherQueries).toBeLessThanOrEqual(loaders.extensions?.cypherQueries);
        }
      }
    },
  );

  it("answers node(id:) with no connection selected in one query, an unknown id with null", async () => {
    const selection = `slug name kinds description aliases { name language } redirectedFrom`;
    const { compiled, loaders } = await bothNodePaths(selection, seededGlobalId("Entity", "moonshot-ai"));
    expect(compiled.data!.node).toEqual(loaders.data!.nodes[0]);
    expect(compiled.data!.node.aliases.length).toBeGreaterThan(0);
    expect(compiled.extensions?.cypherQueries).toBe(1);
    expect(loaders.extensions?.cypherQueries).toBe(2);
    const unknown = await bothNodePaths(selection, seededGlobalId("Entity", "no-such-entity"));
    expect(unknown.compiled.data!.node).toBeNull();
    expect(unknown.loaders.data!.nodes).toEqual([null]);
  });

  it("is not vacuous: the compared answers have pages, nested pages and counts", async () => {
    const { compiled } = await bothPaths(
      QUERIES["every field of entities and edges, two levels, with pageInfo and cursors"].selection,
      "recurrent-ai",
    );
    const investors = compiled.data!.entity.investors;
    expect(investors.totalCount).toBeGreaterThan(1);
    expect(investors.edges[0].node.aliases).toBeDefined();
    const nested = investors.edges.flatMap((e: any) => e.node.portfolio?.edges ?? []);
    expect(nested.length).toBeGreaterThan(0);
    const { compiled: gsr } = await bothPaths(QUERIES["the bench's portfolio, two levels"].selection, "gsr-ventures");
    expect(gsr.data!.entity.portfolio.edges.some((e: any) => e.node.founders?.edges.length > 0)).toBe(true);
  });

  it("pages forward and backward with the cursors it returns, as the DataLoader path does", async () => {
    const selection = (args: string) =>
      `... on Organization { investors(${args}) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const first = await bothPaths(selection("first: 1"), "recurrent-ai");
    const end = first.compiled.data!.entity.investors.pageInfo.endCursor;
    const next = await bothPaths(selection(`first: 1, after: "${end}"`), "recurrent-ai");
    expect(next.compiled.data!.entity).toEqual(next.loaders.data!.entities[0]);
    expect(next.compiled.data!.entity.investors.edges[0].node.slug).not.toBe(first.compiled.data!.entity.investors.edges[0].node.slug);
    const back = await bothPaths(
      selection(`last: 1, before: "${next.compiled.data!.entity.investors.pageInfo.startCursor}"`),
      "recurrent-ai",
    );
    expect(back.compiled.data!.entity).toEqual(back.loaders.data!.entities[0]);
    expect(back.compiled.data!.entity.investors.edges).toEqual(first.compiled.data!.entity.investors.edges);
  });

  it("keeps a connection with bad arguments out of the statement: its error at its path, the rest answered", async () => {
    // A connection is non-null, so its error nulls the nearest nullable parent: here each investor's node.
    const selection = `name ... on Organization { founders(first: 2) { totalCount nodes { slug } } investors(first: 2) { totalCount edges { round node { slug ... on Organization { portfolio(first: 1, after: "forged") { totalCount } } } } } }`;
    const { compiled, loaders } = await bothPaths(selection, "recurrent-ai");
    const errors = (res: GraphQLResponse) =>
      (res.errors ?? []).map((e) => ({
        message: e.message,
        code: e.extensions?.code,
        path: e.path?.slice(e.path[0] === "entities" ? 2 : 1),
      }));
    expect(errors(compiled)).toEqual(errors(loaders));
    expect(compiled.data!.entity).toEqual(loaders.data!.entities[0]);
    expect(errors(compiled).length).toBeGreaterThan(0);
    expect(errors(compiled)[0]).toMatchObject({ code: "BAD_USER_INPUT", path: ["investors", "edges", 0, "node", "portfolio"] });
    expect(compiled.data!.entity.name).toBe("Recurrent AI");
    expect(compiled.data!.entity.founders.totalCount).toBeGreaterThan(0);
    expect(compiled.data!.entity.investors.edges[0]).toMatchObject({ node: null });
    // The compiled statement read everything else; the forged page alone went through the loader.
    expect(compiled.extensions?.cypherQueries).toBe(1);
  });

  it("answers through the loaders when the compiled statement fails, each connection failing or succeeding on its own", async () => {
    // The fault is injected at the database boundary, for the compiled statement only: it reaches
    // Neo4j as a statement that fails at run time, as a timeout or a planner error would.
    // Called on the request's view of the database (GraphDatabase.countingInto), which counts it.
    const failing = jest.spyOn(t.db, "readAssembled").mockImplementation(function (this: GraphDatabase, name, text, params) {
      return GraphDatabase.prototype.readAssembled.call(
        this,
        name,
        name.startsWith("compiled/") ? "UNWIND [0] AS zero RETURN 1 / zero AS failed" : text,
        params,
      );
    });
    const selection = `name ... on Organization { founders(first: 2) { totalCount nodes { slug } } investors(first: 2) { totalCount edges { round node { slug ... on Organization { portfolio(first: 1, after: "forged") { totalCount } } } } } }`;
    const { compiled, loaders } = await bothPaths(selection, "recurrent-ai");
    expect(failing).toHaveBeenCalledWith("compiled/entity-by-slug", expect.any(String), expect.any(Object));
    expect(logged).toContainEqual(
      expect.objectContaining({ level: "warn", message: "compiled statement failed; using the loaders", field: "entity" }),
    );
    // The same answer and the same errors at the same paths as the loader path: partial results, not a failed field.
    expect(compiled.data!.entity).toEqual(loaders.data!.entities[0]);
    const errors = (res: GraphQLResponse) =>
      (res.errors ?? []).map((e) => ({ code: e.extensions?.code, path: e.path?.slice(e.path[0] === "entities" ? 2 : 1) }));
    expect(errors(compiled)).toEqual(errors(loaders));
    expect(errors(compiled)[0]).toMatchObject({ code: "BAD_USER_INPUT", path: ["investors", "edges", 0, "node", "portfolio"] });
    expect(compiled.data!.entity.founders.totalCount).toBeGreaterThan(0);
    expect(compiled.data!.entity.investors.totalCount).toBeGreaterThan(1);
    // The failed statement, then the loader path's queries.
    expect(compiled.extensions?.cypherQueries).toBe(1 + (loaders.extensions?.cypherQueries as number));
  });
});
