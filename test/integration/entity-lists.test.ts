import { normalizeName } from "../../src/common/normalize";
import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { __typename: string; slug: string; name: string; kinds: string[] } }[];
}

const LIST = (
  field: string,
) => `query ($first: Int, $after: String, $last: Int, $before: String, $filter: EntityListFilter, $orderBy: EntityOrder) {
  list: ${field}(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { __typename slug name kinds } }
  }
}`;

describe("organizations, people and products lists", () => {
  let t: TestApi;
  beforeAll(async () => (t = await startTestApi()));
  afterAll(async () => t?.close());

  async function list(field: string, variables: Record<string, unknown> = {}): Promise<Page> {
    const res = await t.query<{ list: Page }>(LIST(field), variables);
    expectNoErrors(res);
    return res.data!.list;
  }
  const slugs = (page: Page) => page.edges.map((e) => e.node.slug);
  async function cypherSlugs(query: string, params: Record<string, unknown> = {}): Promise<string[]> {
    const rows = await t.db.runStatement(query, params, "READ");
    return rows.map((r) => r.slug as string).sort();
  }

  it.each([
    ["organizations", "Organization"],
    ["people", "Person"],
    ["products", "Product"],
  ])("%s lists every %s by name, with the right totalCount", async (field, label) => {
    const page = await list(field, { first: 100 });
    const expected = await cypherSlugs(`MATCH (e:${label}) RETURN e.slug AS slug`);
    expect(page.totalCount).toBe(expected.length);
    expect([...slugs(page)].sort()).toEqual(expected);
    expect(new Set(page.edges.map((e) => e.node.__typename))).toEqual(new Set([label]));
    const names = page.edges.map((e) => normalizeName(e.node.name));
    expect(names).toEqual([...names].sort());
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it("filters by kind", async () => {
    const page = await list("organizations", { first: 100, filter: { kinds: ["INVESTOR", "BIG_TECH"] } });
    const expected = await cypherSlugs(
      "MATCH (e:Organization) WHERE any(k IN e.kinds WHERE k IN ['INVESTOR', 'BIG_TECH']) RETURN e.slug AS slug",
    );
    expect([...slugs(page)].sort()).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    expect(slugs(page)).toEqual(expect.arrayContaining(["gsr-ventures", "bytedance"]));
    // Zhang Yutong comes from TechNode's report on the arbitration (seeds/technode-2025-...).
    expect(slugs(await list("people", { filter: { kinds: ["INVESTOR"] } }))).toEqual(["zhang-yutong", "zhu-xiaohu"]);
  });

  it.each([
    ["venture", ["bluerun-ventures", "gsr-ventures", "west-lake-venture-capital"]],
    ["VENTURE CAPITAL", ["bluerun-ventures", "gsr-ventures", "west-lake-venture-capital"]],
    ["金沙江", ["gsr-ventures"]],
    ["zero-one", ["01-ai"]],
    ["Dark side", ["moonshot-ai"]],
    ["Bäidu", ["baidu", "baidu-ai-cloud"]],
  ])("nameContains %j matches names and aliases ignoring case and accents", async (nameContains, expected) => {
    const page = await list("organizations", { first: 100, filter: { nameContains } });
    expect([...slugs(page)].sort()).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
  });

  it("nameContains is plain text, not a pattern", async () => {
    for (const nameContains of [".*", "%", "a) OR (*", "' OR 1=1 //"]) {
      const res = await t.query(LIST("organizations"), { filter: { nameContains } });
      const total = res.data?.list?.totalCount;
      // Either nothing matches or the text has no letters left and is refused; never the whole list.
      if (res.errors) expect(res.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.nameContains" });
      else expect(total).toBeLessThan(5);
    }
  });

  it("filters by relationship type, either direction", async () => {
    const owned = await list("products", { first: 100, filter: { hasRelationship: ["OWNS"] } });
    expect([...slugs(owned)].sort()).toEqual(
      await cypherSlugs("MATCH (e:Product) WHERE EXISTS { (e)<-[:OWNS]-(:Entity) } RETURN e.slug AS slug"),
    );
    expect(owned.totalCount).toBeGreaterThan(0);
    const founders = await list("people", { first: 100, filter: { hasRelationship: ["FOUNDED", "INVESTED_IN"] } });
    expect([...slugs(founders)].sort()).toEqual(
      await cypherSlugs("MATCH (e:Person) WHERE EXISTS { (e)-[:FOUNDED|INVESTED_IN]-(:Entity) } RETURN e.slug AS slug"),
    );
    expect(slugs(founders)).toContain("yang-zhilin");
    const acquirersAndTargets = await list("organizations", { first: 100, filter: { hasRelationship: ["ACQUIRED"], kinds: ["BIG_TECH"] } });
    expect([...slugs(acquirersAndTargets)].sort()).toEqual(
      await cypherSlugs(
        "MATCH (e:Organization) WHERE 'BIG_TECH' IN e.kinds AND EXISTS { (e)-[:ACQUIRED]-(:Entity) } RETURN e.slug AS slug",
      ),
    );
  });

  describe("ordering", () => {
    // The seeded organisations' slugs follow their names, so one whose name and slug sort apart
    // tells NAME from SLUG ordering.
    const SLUG = "aaa-test-list-zed";
    beforeAll(async () => {
      await t.db.runStatement(
        `CREATE (:Entity:Organization {slug: $slug, name: 'Zzz Test Zed', sortName: 'zzz test zed', type: 'ORGANIZATION', kinds: [], citationSources: [], citationQuotes: []})`,
        { slug: SLUG },
      );
    });
    afterAll(async () => {
      await t.db.runStatement("MATCH (e:Entity {slug: $slug}) DETACH DELETE e", { slug: SLUG });
    });

    it("orders by name, A first by default, Z first when DESC", async () => {
      const asc = slugs(await list("organizations", { first: 100 }));
      expect(asc[asc.length - 1]).toBe(SLUG);
      const desc = slugs(await list("organizations", { first: 100, orderBy: { direction: "DESC" } }));
      expect(desc).toEqual([...asc].reverse());
    });

    it("orders by slug, either direction", async () => {
      const bySlug = slugs(await list("organizations", { first: 100, orderBy: { field: "SLUG" } }));
      expect(bySlug.indexOf(SLUG)).toBeLessThan(bySlug.indexOf("adept"));
      expect(bySlug).toEqual([...bySlug].sort());
      const bySlugDesc = slugs(await list("organizations", { first: 100, orderBy: { field: "SLUG", direction: "DESC" } }));
      expect(bySlugDesc).toEqual([...bySlug].reverse());
    });
  });

  describe.each([
    ["by name", { field: "NAME", direction: "ASC" }],
    ["by name, descending", { field: "NAME", direction: "DESC" }],
    ["by slug", { field: "SLUG", direction: "ASC" }],
    ["by slug, descending", { field: "SLUG", direction: "DESC" }],
  ])("paging %s", (_, orderBy) => {
    it("pages forwards with first: 2, then backwards with last: 2, through the same items", async () => {
      const all = await list("organizations", { first: 100, orderBy });
      const forward: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: Page = await list("organizations", { first: 2, after, orderBy });
        expect(page.totalCount).toBe(all.totalCount);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        forward.push(...slugs(page));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
        expect(pages).toBeLessThan(100);
      }
      expect(forward).toEqual(slugs(all));

      const backward: string[] = [];
      let before: string | null = null;
      for (;;) {
        const page: Page = await list("organizations", { last: 2, before, orderBy });
        backward.push(...slugs(page).reverse());
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward).toEqual([...slugs(all)].reverse());
    });
  });

  it("pages with a filter, and the cursor of an edge resumes right after it", async () => {
    const filter = { nameContains: "ai" };
    const all = await list("organizations", { first: 100, filter });
    expect(all.totalCount).toBeGreaterThan(4);
    const third = all.edges[2];
    const rest = await list("organizations", { first: 100, after: third.cursor, filter });
    expect(slugs(rest)).toEqual(slugs(all).slice(3));
    const before = await list("organizations", { last: 2, before: third.cursor, filter });
    expect(slugs(before)).toEqual(slugs(all).slice(0, 2));
  });

  describe("cursors stay valid when entities are added", () => {
    const SLUGS = ["test-list-aaa-first", "test-list-between"];
    afterEach(async () => {
      await t.db.runStatement("MATCH (e:Entity) WHERE e.slug IN $slugs DETACH DELETE e", { slugs: SLUGS });
    });

    it("continues after the cursor without repeats or gaps", async () => {
      const first = await list("organizations", { first: 3 });
      const expectedNext = slugs(await list("organizations", { first: 3, after: first.pageInfo.endCursor }));
      const lastSortName = normalizeName(first.edges[2].node.name);
      await t.db.runStatement(
        `UNWIND $rows AS row
         CREATE (:Entity:Organization {slug: row.slug, name: row.name, sortName: row.sortName, type: 'ORGANIZATION', kinds: [], citationSources: [], citationQuotes: []})`,
        {
          rows: [
            { slug: SLUGS[0], name: "AAA Test Co", sortName: "000 aaa test co" },
            // Same name as the cursor's row: the slug decides which side of the cursor it falls.
            { slug: SLUGS[1], name: first.edges[2].node.name, sortName: lastSortName },
          ],
        },
      );
      const next = await list("organizations", { first: 4, after: first.pageInfo.endCursor });
      const lastSlug = first.edges[2].node.slug;
      // The tie with the cursor's name is placed by slug: after the cursor when its slug sorts later.
      const tieAfter = SLUGS[1] > lastSlug;
      expect(slugs(next)).toEqual(tieAfter ? [SLUGS[1], ...expectedNext] : [...expectedNext, next.edges[3].node.slug]);
      expect(slugs(next)).not.toContain(SLUGS[0]);
      expect(next.totalCount).toBe(first.totalCount + 2);
    });
  });

  it("runs at most 3 Cypher queries for 50 organisations with their investors and founders", async () => {
    const res = await t.query(`{
      organizations(first: 50) {
        edges { node { name investors(first: 5) { edges { node { name } } } founders { edges { node { name } } } } }
      }
    }`);
    expectNoErrors(res);
    const orgs = res.data!.organizations.edges;
    expect(orgs.length).toBeGreaterThan(20);
    expect(orgs.find((e: any) => e.node.name === "Moonshot AI").node.founders.edges.map((e: any) => e.node.name)).toContain("Yang Zhilin");
    expect(res.extensions?.cypherQueries).toBeLessThanOrEqual(3);
  });

  describe("argument errors", () => {
    it.each([
      [{ first: 101 }, "first"],
      [{ first: 0 }, "first"],
      [{ last: 101 }, "last"],
      [{ after: "not-a-cursor" }, "after"],
      [{ filter: { nameContains: "!!!" } }, "filter.nameContains"],
      [{ filter: { nameContains: "x".repeat(201) } }, "filter.nameContains"],
    ])("%j is BAD_USER_INPUT naming %s", async (variables, argument) => {
      const res = await t.query(LIST("organizations"), variables);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    });
  });
});
