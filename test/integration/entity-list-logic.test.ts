import { expectNoErrors, GraphQLResponse, startTestApi, TestApi } from "../helpers/api";

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { slug: string } }[];
}

const LIST = (field: string) => `query ($first: Int, $after: String, $filter: EntityListFilter) {
  list: ${field}(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } }
}`;

// Each expectation is the same question asked in plain Cypher over the seeded graph.
describe("entity list filters with AND, OR and NOT", () => {
  let t: TestApi;
  beforeAll(async () => (t = await startTestApi()));
  afterAll(async () => t?.close());

  async function listSlugs(field: string, filter: unknown): Promise<string[]> {
    const res = await t.query<{ list: Page }>(LIST(field), { first: 100, filter });
    expectNoErrors(res);
    const page = res.data!.list;
    expect(page.totalCount).toBe(page.edges.length);
    return page.edges.map((e) => e.node.slug).sort();
  }
  async function cypherSlugs(query: string): Promise<string[]> {
    const rows = await t.db.runStatement(query, {}, "READ");
    return rows.map((r) => r.slug as string).sort();
  }

  it("OR keeps entities matching any branch", async () => {
    const slugs = await listSlugs("organizations", { OR: [{ kinds: ["INVESTOR"] }, { nameContains: "baidu" }] });
    expect(slugs).toEqual(
      await cypherSlugs(
        "MATCH (e:Organization) WHERE 'INVESTOR' IN e.kinds OR e.sortName CONTAINS 'baidu' OR EXISTS { (a:Alias)-[:ALIAS_OF]->(e) WHERE a.normalized CONTAINS 'baidu' } RETURN e.slug AS slug",
      ),
    );
    expect(slugs).toEqual(expect.arrayContaining(["gsr-ventures", "baidu"]));
  });

  it("NOT keeps the entities the inner filter does not match, entities without kinds included", async () => {
    const slugs = await listSlugs("organizations", { NOT: { kinds: ["INVESTOR", "BIG_TECH"] } });
    const expected = await cypherSlugs(
      "MATCH (e:Organization) WHERE NOT coalesce(any(k IN e.kinds WHERE k IN ['INVESTOR', 'BIG_TECH']), false) RETURN e.slug AS slug",
    );
    expect(slugs).toEqual(expected);
    expect(slugs).toContain("moonshot-ai");
    expect(slugs).not.toContain("gsr-ventures");
  });

  it("AND with a direction and a negated relationship: founders who invested in nothing", async () => {
    const slugs = await listSlugs("people", {
      AND: [{ hasRelationship: ["FOUNDED"], hasRelationshipDirection: "OUTGOING" }, { NOT: { hasRelationship: ["INVESTED_IN"] } }],
    });
    expect(slugs).toEqual(
      await cypherSlugs(
        "MATCH (e:Person) WHERE EXISTS { (e)-[:FOUNDED]->(:Entity) } AND NOT EXISTS { (e)-[:INVESTED_IN]-(:Entity) } RETURN e.slug AS slug",
      ),
    );
    expect(slugs).toContain("yang-zhilin");
    expect(slugs.length).toBeLessThan((await listSlugs("people", { hasRelationship: ["FOUNDED"] })).length + 1);
  });

  it("combines the filter's own fields with NOT (OR ...) by De Morgan: investors that invested in no company named ai", async () => {
    const slugs = await listSlugs("organizations", {
      kinds: ["INVESTOR"],
      NOT: { OR: [{ nameContains: "capital" }, { hasRelationship: ["ACQUIRED"] }] },
    });
    expect(slugs).toEqual(
      await cypherSlugs(
        "MATCH (e:Organization) WHERE 'INVESTOR' IN e.kinds AND NOT (e.sortName CONTAINS 'capital' OR EXISTS { (a:Alias)-[:ALIAS_OF]->(e) WHERE a.normalized CONTAINS 'capital' }) AND NOT EXISTS { (e)-[:ACQUIRED]-(:Entity) } RETURN e.slug AS slug",
      ),
    );
    expect(slugs.length).toBeGreaterThan(0);
  });

  it("pages through an OR filter with the same totalCount on every page", async () => {
    const filter = { OR: [{ kinds: ["INVESTOR"] }, { hasRelationship: ["ACQUIRED"], hasRelationshipDirection: "INCOMING" }] };
    const all = await listSlugs("organizations", filter);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<{ list: Page }> = await t.query<{ list: Page }>(LIST("organizations"), { first: 2, after, filter });
      expectNoErrors(res);
      expect(res.data!.list.totalCount).toBe(all.length);
      seen.push(...res.data!.list.edges.map((e) => e.node.slug));
      if (!res.data!.list.pageInfo.hasNextPage) break;
      after = res.data!.list.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(all);
    expect(all.length).toBeGreaterThan(2);
  });

  it("treats nested name text as plain text", async () => {
    for (const nameContains of ["' OR 1=1 //", "a) OR (*", ".*"]) {
      const res = await t.query<{ list: Page }>(LIST("organizations"), { filter: { OR: [{ nameContains }] } });
      if (res.errors) expect(res.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.OR[0].nameContains" });
      else expect(res.data!.list.totalCount).toBeLessThan(5);
    }
  });

  it.each([
    [{ NOT: { NOT: { NOT: { NOT: { NOT: { kinds: ["INVESTOR"] } } } } } }, "filter.NOT.NOT.NOT.NOT.NOT"],
    [{ OR: [{ kinds: ["INVESTOR"] }, { AND: [{ nameContains: "!!!" }] }] }, "filter.OR[1].AND[0].nameContains"],
    [{ AND: [1, 2, 3, 4].map(() => ({ OR: [{ kinds: ["INVESTOR"] }, { kinds: ["BIG_TECH"] }, { nameContains: "ai" }] })) }, "filter"],
  ])("%j is BAD_USER_INPUT naming %s", async (filter, argument) => {
    const res = await t.query(LIST("organizations"), { filter });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
  });
});
