import { dataOf, startTestApi, TestApi } from "../helpers/api";
import { seededGlobalId } from "../../src/common/global-id";

// Issue 13, item 4: lists that grow are connections (docs/api-design.md). Each connection holds the
// same items, in the same order, as the list field it replaces (kept, deprecated, for a release), and
// pages through them with cursors like every other connection.

const ZHU_XIAOHU = seededGlobalId("Entity", "zhu-xiaohu");
const YANG_ZHILIN = seededGlobalId("Entity", "yang-zhilin");

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: ({ cursor: string; node: T } | null)[];
  nodes: (T | null)[];
}

const PAGE = (node: string) =>
  `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${node} } } nodes { ${node} }`;

describe("connections that replaced growing lists", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => t?.close());

  /** Every item of a connection, walked forwards `size` at a time, checking each page's own fields. */
  async function walk<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<{ items: T[]; totalCount: number }> {
    const items: T[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page: Page<T> = await fetchPage(after);
      expect(page.nodes).toEqual(page.edges.map((edge) => edge!.node));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      items.push(...page.nodes.map((node) => node!));
      if (!page.pageInfo.hasNextPage) return { items, totalCount: page.totalCount };
      after = page.pageInfo.endCursor;
    }
    throw new Error("more than 100 pages");
  }

  it("pages an entity's citations in the order of `citations`, counting them all", async () => {
    const slug = "moonshot-ai";
    const { entity } = await dataOf<any>(t, `{ entity(slug: "${slug}") { citations { quote source { slug } } } }`);
    expect(entity.citations.length).toBeGreaterThan(2);
    const walked = await walk(async (after) => {
      const data = await dataOf<any>(
        t,
        `query ($after: String) { entity(slug: "${slug}") { citationsConnection(first: 2, after: $after) { ${PAGE("quote source { slug }")} } } }`,
        { after },
      );
      return data.entity.citationsConnection;
    });
    expect(walked.items).toEqual(entity.citations);
    expect(walked.totalCount).toBe(entity.citations.length);
  });

  it("pages an entity's metrics, by name too, as `metrics` lists them", async () => {
    const { entity } = await dataOf<any>(
      t,
      `{ entity(slug: "china-ai-financing-market") { all: metrics { slug } named: metrics(name: "financingCases") { slug } } }`,
    );
    expect(entity.all.length).toBeGreaterThan(1);
    for (const [key, name] of [
      ["all", null],
      ["named", "financingCases"],
    ] as const) {
      const walked = await walk(async (after) => {
        const data = await dataOf<any>(
          t,
          `query ($after: String, $name: String) { entity(slug: "china-ai-financing-market") { metricsConnection(first: 1, after: $after, name: $name) { ${PAGE("slug")} } } }`,
          { after, name },
        );
        return data.entity.metricsConnection;
      });
      expect(walked.items).toEqual(entity[key]);
      expect(walked.totalCount).toBe(entity[key].length);
    }
  });

  it("pages an event's participants with their roles, as `participants` lists them, forwards and backwards", async () => {
    const slug = "gsr-ventures-arbitration-against-moonshot-founders-2024-11";
    const { event } = await dataOf<any>(t, `{ event(slug: "${slug}") { participants { role entity { slug } } } }`);
    expect(event.participants.length).toBeGreaterThan(3);
    const expected = event.participants.map((p: { role: string; entity: { slug: string } }) => `${p.role} ${p.entity.slug}`);
    const forwards = await walk(async (after) => {
      const data = await dataOf<any>(
        t,
        `query ($after: String) { event(slug: "${slug}") { participantsConnection(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor role node { slug } } nodes { slug } } } }`,
        { after },
      );
      const page = data.event.participantsConnection;
      // The role lives on the edge; `nodes` are the entities.
      return {
        ...page,
        nodes: page.edges.map((e: { role: string; node: { slug: string } }) => `${e.role} ${e.node.slug}`),
        edges: page.edges.map((e: { role: string; node: { slug: string } }) => ({ cursor: "", node: `${e.role} ${e.node.slug}` })),
      };
    });
    expect(forwards.items).toEqual(expected);
    const data = await dataOf<any>(
      t,
      `{ event(slug: "${slug}") { participantsConnection(last: 2) { pageInfo { hasPreviousPage hasNextPage } edges { role node { slug } } } } }`,
    );
    const last = data.event.participantsConnection;
    expect(last.edges.map((e: { role: string; node: { slug: string } }) => `${e.role} ${e.node.slug}`)).toEqual(expected.slice(-2));
    expect(last.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
  });

  it("pages the companies behind a backer as `companies` lists them", async () => {
    const { entity } = await dataOf<any>(
      t,
      `{ entity(slug: "yang-zhilin") { ... on Person { backers(first: 10) { edges { node { slug } companies { slug } companiesConnection(first: 20) { totalCount nodes { slug } } } } } } }`,
    );
    const edges = entity.backers.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(edge.companiesConnection.nodes).toEqual(edge.companies);
      expect(edge.companiesConnection.totalCount).toBe(edge.companies.length);
    }
  });

  it("pages search hits best first, as `search` ranks them, with the number of hits in all", async () => {
    const { search } = await dataOf<any>(t, `{ search(query: "AI", first: 50) { score matched entity { slug } } }`);
    expect(search.length).toBeGreaterThan(5);
    expect(search.length).toBeLessThan(50); // so 50 is every hit, and totalCount can be checked against it
    const walked = await walk(async (after) => {
      const data = await dataOf<any>(
        t,
        `query ($after: String) { searchConnection(query: "AI", first: 4, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor score matched node { slug } } nodes { slug } } }`,
        { after },
      );
      const page = data.searchConnection;
      expect(page.nodes).toEqual(page.edges.map((e: { node: unknown }) => e.node));
      return {
        ...page,
        edges: page.edges.map((e: any) => ({ cursor: e.cursor, node: { score: e.score, matched: e.matched, entity: e.node } })),
        nodes: page.edges.map((e: any) => ({ score: e.score, matched: e.matched, entity: e.node })),
      };
    });
    expect(walked.items).toEqual(search);
    expect(walked.totalCount).toBe(search.length);

    // Backwards from the end of the second page: the two hits before it, in reading order.
    const second = await dataOf<any>(t, `{ searchConnection(query: "AI", first: 4) { pageInfo { endCursor } } }`);
    const back = await dataOf<any>(
      t,
      `query ($before: String) { searchConnection(query: "AI", last: 2, before: $before) { pageInfo { hasPreviousPage hasNextPage } nodes { slug } } }`,
      { before: second.searchConnection.pageInfo.endCursor },
    );
    expect(back.searchConnection.nodes).toEqual(search.slice(1, 3).map((hit: { entity: unknown }) => hit.entity));
    expect(back.searchConnection.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true });
  });

  it("pages the paths of howConnected, shortest first, three by default", async () => {
    const { howConnected } = await dataOf<any>(
      t,
      `{ howConnected(fromId: "${ZHU_XIAOHU}", toId: "${YANG_ZHILIN}", first: 10) { length nodes { id } } }`,
    );
    expect(howConnected.length).toBeGreaterThan(3);
    const byDefault = await dataOf<any>(
      t,
      `{ howConnectedConnection(fromId: "${ZHU_XIAOHU}", toId: "${YANG_ZHILIN}") { totalCount nodes { length nodes { id } } } }`,
    );
    expect(byDefault.howConnectedConnection.nodes).toEqual(howConnected.slice(0, 3));
    expect(byDefault.howConnectedConnection.totalCount).toBe(howConnected.length);
    const walked = await walk(async (after) => {
      const data = await dataOf<any>(
        t,
        `query ($after: String) { howConnectedConnection(fromId: "${ZHU_XIAOHU}", toId: "${YANG_ZHILIN}", first: 2, after: $after) { ${PAGE("length nodes { id }")} } }`,
        { after },
      );
      return data.howConnectedConnection;
    });
    expect(walked.items).toEqual(howConnected);
  });

  it("refuses a cursor it did not issue, naming the argument", async () => {
    const res = await t.query(`{ searchConnection(query: "AI", after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    const list = await t.query(`{ entity(slug: "moonshot-ai") { citationsConnection(before: "bm90LWEtY3Vyc29y") { totalCount } } }`);
    expect(list.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "before" });
  });
});
