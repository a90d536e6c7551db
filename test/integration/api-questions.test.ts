import { dataOf, expectNoErrors, startTestApi, TestApi } from "../helpers/api";

// Issue 13, items 1, 6 and 7 (the additive parts): the questions app builders ask, each answered in
// one request through the public API, checked against what the seeded graph holds (read with Cypher).

describe("API questions (issue 13)", () => {
  let t: TestApi;
  beforeAll(async () => (t = await startTestApi()));
  afterAll(async () => t?.close());

  const cypherSlugs = async (query: string, params: Record<string, unknown> = {}) =>
    (await t.db.runStatement(query, params, "READ")).map((r) => r.slug as string);

  describe("root lookups", () => {
    it("entities(slugs:) answers in the order asked, with null for an unknown slug, in one query", async () => {
      const res = await t.query(`{ entities(slugs: ["zhu-xiaohu", "no-such-entity", "moonshot-ai", "zhu-xiaohu"]) { __typename slug name } }`);
      expectNoErrors(res);
      expect(res.data!.entities.map((e: { slug: string } | null) => e?.slug ?? null)).toEqual(["zhu-xiaohu", null, "moonshot-ai", "zhu-xiaohu"]);
      expect(res.data!.entities[0].__typename).toBe("Person");
      expect(res.data!.entities[2]).toMatchObject({ __typename: "Organization", name: "Moonshot AI" });
      expect(res.extensions?.cypherQueries).toBe(1);
    });

    it("entities(slugs:) rejects more than 100 slugs, and an overlong slug, with BAD_USER_INPUT naming slugs", async () => {
      const tooMany = await t.query(`query ($slugs: [String!]!) { entities(slugs: $slugs) { slug } }`, { slugs: Array.from({ length: 101 }, (_, i) => `s${i}`) });
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "slugs" });
      expect(tooMany.errors?.[0].message).toMatch(/at most 100 slugs; got 101/);
      const tooLong = await t.query(`query ($slugs: [String!]!) { entities(slugs: $slugs) { slug } }`, { slugs: ["moonshot-ai", "x".repeat(201)] });
      expect(tooLong.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "slugs" });
      const empty = await dataOf<{ entities: unknown[] }>(t, `{ entities(slugs: []) { slug } }`);
      expect(empty.entities).toEqual([]);
    });

    it("event(slug:) and source(slug:) find what they name, and null for an unknown slug", async () => {
      const data = await dataOf<any>(
        t,
        `{
          event(slug: "gsr-ventures-arbitration-against-moonshot-founders-2024-11") { __typename slug type participants { role entity { slug } } }
          noEvent: event(slug: "no-such-event") { slug }
          source(slug: "tech-planet-2024-12-06") { slug publisher kind }
          noSource: source(slug: "no-such-source") { slug }
        }`,
      );
      expect(data.event).toMatchObject({ __typename: "LegalAction", type: "LEGAL_ACTION" });
      expect(data.event.participants.map((p: { entity: { slug: string } }) => p.entity.slug)).toContain("moonshot-ai");
      expect(data.source).toMatchObject({ slug: "tech-planet-2024-12-06", kind: "NEWS_ARTICLE" });
      expect(data.noEvent).toBeNull();
      expect(data.noSource).toBeNull();
    });

    it("sources lists every source by slug, pages both ways and in both orders", async () => {
      const expected = (await cypherSlugs(`MATCH (s:Source) RETURN s.slug AS slug`)).sort();
      expect(expected.length).toBeGreaterThan(1);
      const LIST = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: SourceOrder) {
        sources(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { slug } }
        }
      }`;
      const slugs = (page: any) => page.sources.edges.map((e: { node: { slug: string } }) => e.node.slug);
      const all = await dataOf<any>(t, LIST, { first: 100 });
      expect(all.sources.totalCount).toBe(expected.length);
      expect(slugs(all)).toEqual(expected);
      const desc = await dataOf<any>(t, LIST, { first: 100, orderBy: { direction: "DESC" } });
      expect(slugs(desc)).toEqual([...expected].reverse());
      const first = await dataOf<any>(t, LIST, { first: 1 });
      expect(slugs(first)).toEqual(expected.slice(0, 1));
      expect(first.sources.pageInfo.hasNextPage).toBe(true);
      const rest = await dataOf<any>(t, LIST, { first: 100, after: first.sources.pageInfo.endCursor });
      expect(slugs(rest)).toEqual(expected.slice(1));
      const back = await dataOf<any>(t, LIST, { last: 1, before: rest.sources.pageInfo.startCursor });
      expect(slugs(back)).toEqual(expected.slice(0, 1));
    });

    it("markets lists every market like the other entity lists", async () => {
      const expected = await cypherSlugs(`MATCH (e:Market) RETURN e.slug AS slug ORDER BY e.sortName, e.slug`);
      expect(expected.length).toBeGreaterThan(0);
      const data = await dataOf<any>(t, `{ markets(first: 100) { totalCount edges { node { __typename slug } } } }`);
      expect(data.markets.totalCount).toBe(expected.length);
      expect(data.markets.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(expected);
      expect(new Set(data.markets.edges.map((e: { node: { __typename: string } }) => e.node.__typename))).toEqual(new Set(["Market"]));
    });
  });
});
