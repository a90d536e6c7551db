import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";

// Issue 13, item 6: every link traversable from both ends. A source reaches the events it reports and
// the entities it names; an entity reaches the sources naming it; a neighbourhood may show sources.

const ARTICLE = "scmp-2024-12-moonshot-arbitration";
const ARBITRATION = "gsr-ventures-arbitration-against-moonshot-founders-2024-11";
const MOONSHOT_ID = Buffer.from("Entity:moonshot-ai").toString("base64");

describe("links between sources and what they report", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => t?.close());

  async function data(query: string, variables: Record<string, unknown> = {}) {
    const res = await t.query(query, variables);
    expectNoErrors(res);
    return res.data!;
  }

  it("goes from a source to the events it reports, in date order, and back through the events' claims", async () => {
    const { source } = await data(`{ source(slug: "${ARTICLE}") {
      events(first: 20) { totalCount edges { node { slug date { start } claims(first: 20) { edges { node { key } } } } } }
    } }`);
    const events = source.events.edges.map((e: { node: { slug: string } }) => e.node);
    expect(events.map((e: { slug: string }) => e.slug)).toContain(ARBITRATION);
    expect(source.events.totalCount).toBe(events.length);
    const starts = events.map((e: { date: { start: string } }) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    // Every event listed has a claim of this source (claim keys start with their source's slug): the link is the claim, read from the other end.
    for (const event of events) {
      expect(event.claims.edges.some((c: { node: { key: string } }) => c.node.key.startsWith(`${ARTICLE}|`))).toBe(true);
    }
  });

  it("goes from a source to the entities it names, and from an entity back to its sources", async () => {
    const { source, entity } = await data(`{
      source(slug: "${ARTICLE}") { mentions(first: 100) { totalCount edges { node { slug name } } } }
      entity(slug: "moonshot-ai") { mentionedIn(first: 100) { totalCount edges { node { slug kind } } } }
    }`);
    const mentioned = source.mentions.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(mentioned).toContain("moonshot-ai");
    expect(source.mentions.totalCount).toBe(mentioned.length);
    const names = source.mentions.edges.map((e: { node: { name: string } }) => e.node.name.toLowerCase());
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    const sources = entity.mentionedIn.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(sources).toContain(ARTICLE);
    expect(sources).toEqual([...sources].sort());
  });

  it("pages a source's mentions with cursors, without repeats or gaps", async () => {
    const all = await data(`{ source(slug: "${ARTICLE}") { mentions(first: 100) { edges { node { slug } } } } }`);
    const expected = all.source.mentions.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(expected.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < expected.length; i++) {
      const page: Record<string, any> = await data(
        `query ($after: String) { source(slug: "${ARTICLE}") { mentions(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { slug } } } } }`,
        { after },
      );
      const connection = page.source.mentions;
      seen.push(...connection.edges.map((e: { node: { slug: string } }) => e.node.slug));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it("refuses a page size beyond the bound, naming the argument", async () => {
    const res = await t.query(`{ source(slug: "${ARTICLE}") { events(first: 1000) { totalCount } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res.errors)).toContain("first");
  });

  it("shows sources in a neighbourhood only when asked, linked by MENTIONS and REPORTS", async () => {
    const query = `query ($include: [NeighborhoodNodeKind!]) {
      neighborhood(id: "${MOONSHOT_ID}", depth: 1, first: 200, include: $include) {
        nodes { __typename ... on Source { slug } }
        edges { relationship from { __typename } to { __typename } }
      }
    }`;
    const without = (await data(query, { include: null })).neighborhood;
    expect(without.nodes.some((n: { __typename: string }) => n.__typename === "Source")).toBe(false);
    const withSources = (await data(query, { include: ["SOURCE"] })).neighborhood;
    const sources = withSources.nodes.filter((n: { __typename: string }) => n.__typename === "Source").map((n: { slug: string }) => n.slug);
    expect(sources).toContain(ARTICLE);
    const mentions = withSources.edges.filter((e: { relationship: string }) => e.relationship === "MENTIONS");
    expect(mentions.length).toBeGreaterThanOrEqual(sources.length);
    for (const edge of mentions)
      expect([edge.from.__typename, edge.to.__typename]).toEqual(["Source", expect.not.stringMatching(/Source/)]);
  });
});
