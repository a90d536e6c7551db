import { escapeLucene } from "../../src/graph/search/lucene";
import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";

interface Hit {
  score: number;
  matched: string;
  entity: { slug: string; name: string; kinds: string[]; __typename: string };
}

const SEARCH = `query ($query: String!, $kinds: [EntityKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) { score matched entity { __typename slug name kinds } }
}`;

describe("search over names and aliases", () => {
  let t: TestApi;
  let entityCount: number;

  beforeAll(async () => {
    t = await startTestApi();
    const [row] = await t.db.runStatement("MATCH (e:Entity) RETURN count(e) AS n", {}, "READ");
    entityCount = row.n as number;
  });
  afterAll(async () => t?.close());

  async function search(query: string, extra: { kinds?: string[]; first?: number } = {}): Promise<Hit[]> {
    const res = await t.query<{ search: Hit[] }>(SEARCH, { query, ...extra });
    expectNoErrors(res);
    return res.data!.search;
  }

  it.each([
    ["Dark Side of the Moon", "moonshot-ai", "Dark Side of the Moon"],
    ["月之暗面", "moonshot-ai", "月之暗面"],
    ["Moonshot AI", "moonshot-ai", "Moonshot AI"],
    ["Jinshajiang Venture Capital", "gsr-ventures", "Jinshajiang Venture Capital"],
    ["金沙江创投", "gsr-ventures", "金沙江创投"],
    ["Zero-One Everything", "01-ai", "Zero-One Everything"],
    ["zero one everything", "01-ai", "Zero-One Everything"],
  ])("finds %s as %s, reporting the alias as written", async (query, slug, matched) => {
    const [top] = await search(query);
    expect(top.entity.slug).toBe(slug);
    expect(top.matched).toBe(matched);
  });

  it("matches partial English and Chinese names (words, Chinese bigrams)", async () => {
    expect((await search("Moonshot"))[0].entity.slug).toBe("moonshot-ai");
    expect((await search("dark side"))[0].entity.slug).toBe("moonshot-ai");
    expect((await search("金沙江"))[0].entity.slug).toBe("gsr-ventures");
    expect((await search("暗面"))[0].entity.slug).toBe("moonshot-ai");
  });

  it("ignores case and accents", async () => {
    const [top] = await search("MOÔNSHÖT ÀI");
    expect(top.entity.slug).toBe("moonshot-ai");
    expect(top.matched).toBe("Moonshot AI");
  });

  it("tolerates small typos in longer words", async () => {
    expect((await search("mooonshot"))[0].entity.slug).toBe("moonshot-ai");
    expect((await search("Jinshajang Venture"))[0].entity.slug).toBe("gsr-ventures");
    expect((await search("Bytedanse"))[0].entity.slug).toBe("bytedance");
  });

  it("returns one hit per entity, with its best-matching alias", async () => {
    const hits = await search("Kimi");
    const slugs = hits.map((h) => h.entity.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(hits[0]).toMatchObject({ matched: "Kimi", entity: { slug: "kimi", __typename: "Product" } });
  });

  it("orders hits by descending score", async () => {
    const hits = await search("AI");
    expect(hits.length).toBeGreaterThan(3);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  describe("exact matches", () => {
    // Two temporary entities: the full-text score alone (BM25 rewards the repeated word) would put
    // the one whose alias merely contains "lantern" three times above the exact alias "Lantern".
    const SLUGS = ["test-search-lantern-exact", "test-search-lantern-repeated"];
    beforeAll(async () => {
      await t.db.runStatement(
        `UNWIND $rows AS row
         CREATE (e:Entity:Organization {slug: row.slug, name: row.name, sortName: row.normalized, type: 'ORGANIZATION', kinds: ['STARTUP'], citationSources: [], citationQuotes: []})
         CREATE (:Alias {entitySlug: row.slug, name: row.name, normalized: row.normalized, language: 'en', isName: true})-[:ALIAS_OF]->(e)`,
        {
          rows: [
            { slug: SLUGS[0], name: "Lantern", normalized: "lantern" },
            { slug: SLUGS[1], name: "Lantern Lantern Lantern", normalized: "lantern lantern lantern" },
          ],
        },
      );
      const [fulltext] = await t.db.runStatement(
        "CALL db.index.fulltext.queryNodes('alias_fulltext', 'lantern') YIELD node RETURN collect(node.entitySlug) AS slugs",
        {},
        "READ",
      );
      // The premise of the test: without the exact-match rule the other entity would come first.
      expect(fulltext.slugs).toEqual([SLUGS[1], SLUGS[0]]);
    });
    afterAll(async () => {
      await t.db.runStatement("MATCH (n) WHERE n.slug IN $slugs OR n.entitySlug IN $slugs DETACH DELETE n", { slugs: SLUGS });
    });

    it("ranks an exact name or alias match first, scored above every other hit", async () => {
      const hits = await search("lantern");
      expect(hits.map((h) => h.entity.slug)).toEqual(SLUGS);
      expect(hits[0].score).toBeGreaterThan(hits[1].score);
    });
  });

  it("filters by entity kind", async () => {
    const all = await search("Zhu");
    expect(all.map((h) => h.entity.slug)).toEqual(expect.arrayContaining(["zhu-xiaohu", "zhu-jun"]));
    const investors = await search("Zhu", { kinds: ["INVESTOR"] });
    expect(investors.map((h) => h.entity.slug)).toEqual(["zhu-xiaohu"]);
    const startupsAndInvestors = await search("AI ventures", { kinds: ["INVESTOR", "STARTUP"], first: 50 });
    expect(startupsAndInvestors.length).toBeGreaterThan(2);
    for (const hit of startupsAndInvestors) expect(hit.entity.kinds.some((k) => k === "INVESTOR" || k === "STARTUP")).toBe(true);
  });

  it("honours first", async () => {
    expect(await search("AI", { first: 2 })).toHaveLength(2);
  });

  it("costs one Cypher round trip, entities included", async () => {
    const res = await t.query(`{ search(query: "moonshot") { matched entity { name aliases { name } } } }`);
    expectNoErrors(res);
    expect(res.extensions?.cypherQueries).toBe(1);
  });

  // A search reads of each entity only what the operation selects of it
  // (src/graph/compile/search-projection.ts): whatever the selection, a hit's entity answers as
  // entity(slug:) does, which reads the entity whole.
  it.each([
    ["a narrow selection", `fragment E on Entity { slug name kinds }`],
    [
      "aliases, citations and the id, through a named and an inline fragment",
      `fragment E on Entity { slug ... on Organization { id aliases { name language } citations { quote source { slug } } } }`,
    ],
    [
      "description, version and a connection",
      `fragment E on Entity { slug description version ... on Organization { investors(first: 2) { totalCount edges { node { name } } } } }`,
    ],
  ])("answers %s of each entity found as entity(slug:) does", async (_, fragment) => {
    const found = await t.query<any>(
      `query { search(query: "AI", first: 8) { entity { ...E } } searchConnection(query: "moonshot", first: 3) { edges { node { ...E } } nodes { ...E } } } ${fragment}`,
    );
    expectNoErrors(found);
    const entities = [
      ...found.data.search.map((hit: any) => hit.entity),
      ...found.data.searchConnection.edges.map((edge: any) => edge.node),
      ...found.data.searchConnection.nodes,
    ];
    expect(entities.length).toBeGreaterThan(3);
    for (const entity of entities) {
      const alone = await t.query<any>(`query ($slug: String!) { entity(slug: $slug) { ...E } } ${fragment}`, { slug: entity.slug });
      expectNoErrors(alone);
      expect(entity).toEqual(alone.data.entity);
    }
    // The case that shows a narrowed read: some entity found has aliases or citations to lose.
    if (fragment.includes("aliases"))
      expect(entities.some((e) => (e.aliases?.length ?? 0) > 0 && (e.citations?.length ?? 0) > 0)).toBe(true);
  });

  describe("query syntax in the text is taken literally", () => {
    it.each([
      "a) OR (*",
      "*:*",
      "name:x",
      '"unclosed',
      "*",
      "?",
      "\\",
      "AND",
      "OR NOT",
      "[a TO z]",
      "{*}",
      "x^100",
      "~",
      "/.*/",
      "&& ||",
      "!",
    ])("%s neither errors nor returns everything", async (query) => {
      const hits = await search(query, { first: 50 });
      expect(hits.length).toBeLessThan(Math.min(entityCount, 50));
      expect(hits.length).toBeLessThan(5);
    });

    it("still finds what the words say around the syntax", async () => {
      const hits = await search("moonshot) OR (*");
      expect(hits[0].entity.slug).toBe("moonshot-ai");
      expect(hits.length).toBeLessThan(5);
    });

    it("escapes every Lucene special character and operator word (checked against the real parser)", async () => {
      const nasty = 'a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t';
      const escaped = [nasty, "AND", "OR", "NOT"].map(escapeLucene).join(" ");
      expect(escaped).not.toMatch(/(^|[^\\])[+\-&|!(){}[\]^"~*?:/]/);
      const count = async (q: string) =>
        (
          await t.db.runStatement(
            "CALL db.index.fulltext.queryNodes('alias_fulltext', $q) YIELD node RETURN count(node) AS n",
            { q },
            "READ",
          )
        )[0].n;
      // Parsed as plain text, the escaped characters only separate words: same hits as the bare words.
      expect(await count(escaped)).toBe(await count("a b c d e f g h i j k l m n o p q r s t and or not"));
    });
  });

  describe("argument bounds", () => {
    it.each([
      ["", "query"],
      ["   ", "query"],
      ["x".repeat(201), "query"],
    ])("rejects query %j naming the argument", async (query, argument) => {
      const res = await t.query(SEARCH, { query });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(res.data?.search ?? null).toBeNull();
    });

    it("accepts a query of 200 characters", async () => {
      const res = await t.query(SEARCH, { query: "moonshot ".repeat(23).padEnd(200, "x").slice(0, 200) });
      expectNoErrors(res);
    });

    it.each([0, -1, 51])("rejects first: %d naming first", async (first) => {
      const res = await t.query(SEARCH, { query: "moonshot", first });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
    });

    it("accepts first: 50", async () => {
      const res = await t.query(SEARCH, { query: "ai", first: 50 });
      expectNoErrors(res);
    });
  });
});
