import { expectNoErrors, GraphQLResponse, startTestApi, TestApi } from "../helpers/api";
import { seededGlobalId } from "../../src/common/global-id";
import { OPERATIONS } from "../../bench/operations";
import { BenchSamples } from "../../bench/synthetic/generator";

// Issue 4, speed: "An operation runs a bounded number of Cypher queries: at most one per root field
// plus one per level of nesting, whatever the number of results." Each response reports its round
// trips in extensions.cypherQueries; the same operation at page size 2 and 20 must cost the same.

// The issue's own example: a list, and two relationship connections under each of its items.
const NESTED = `query ($first: Int!) {
  organizations(first: $first) {
    edges { node { slug investors(first: 5) { edges { node { slug } } } founders(first: 5) { edges { node { slug } } } } }
  }
}`;

// Two levels under the list: events -> participants -> their entities' metrics, and the cited sources.
const TIMELINE = `query ($first: Int!) {
  events(first: $first) {
    edges { node { slug participants { role entity { slug metrics { name } } } citations { source { slug } } } }
  }
}`;

/** Every batched field of an organisation at once (nested pages kept small to stay under the cost limit). */
const ORGANIZATIONS = `query ($first: Int!) {
  organizations(first: $first) {
    edges { node {
      slug
      citations { quote source { slug } }
      metrics { name reportedBy { slug } }
      reportedMetrics { name subject { slug } }
      events(first: 3) { edges { roles node { slug } } }
      people(first: 3) { edges { title node { slug } } }
      portfolio(first: 3) { edges { node { slug } event { slug } } }
      acquisitions(first: 3) { edges { node { slug } event { slug } } }
      legalActions(first: 3) { edges { role node { slug } } }
      backedFounders(first: 3) { edges { states node { slug } companies { slug } } }
      products(first: 3) { edges { node { slug } } }
      parents(first: 3) { edges { node { slug } } }
    } }
  }
}`;

/** Every batched field of a person at once. */
const PEOPLE = `query ($first: Int!) {
  people(first: $first) {
    edges { node {
      slug
      roles(first: 3) { edges { title node { slug } } }
      founded(first: 3) { edges { node { slug } } }
      moves(first: 3) { edges { node { slug } left { slug } event { slug } } }
      legalActions(first: 3) { edges { node { slug } } }
      backers(first: 3) { edges { node { slug } companies { slug } } }
      portfolio(first: 3) { edges { node { slug } event { slug } } }
      events(first: 3) { edges { node { slug } } }
    } }
  }
}`;

// The connections that replaced growing lists (docs/api-design.md) load through the same batched
// queries as the lists they replace: the same shapes as TIMELINE and ORGANIZATIONS, through them.
const TIMELINE_CONNECTIONS = `query ($first: Int!) {
  events(first: $first) {
    edges { node { slug
      participantsConnection(first: 5) { totalCount nodes { slug metricsConnection(first: 3) { totalCount } } }
      citations { source { slug } }
    } }
  }
}`;

const ORGANIZATION_CONNECTIONS = `query ($first: Int!) {
  organizations(first: $first) {
    edges { node {
      slug
      citationsConnection(first: 3) { totalCount edges { node { quote source { slug } } } }
      metricsConnection(first: 3) { totalCount nodes { name reportedBy { slug } } }
      founderRelations(first: 3) { edges { node { slug } companiesConnection(first: 3) { totalCount nodes { slug } } } }
      coInvestors(first: 3) { edges { node { slug } companiesConnection(first: 3) { nodes { slug } } } }
    } }
  }
}`;

describe("Cypher round trips per operation", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => t?.close());

  async function cost(query: string, first: number): Promise<{ queries: number; res: GraphQLResponse }> {
    const res = await t.query(query, { first });
    expectNoErrors(res);
    return { queries: res.extensions?.cypherQueries as number, res };
  }

  it("answers organizations { investors founders } in 2 queries (the list, then both connections together), whatever the page size", async () => {
    const small = await cost(NESTED, 2);
    const large = await cost(NESTED, 50);
    expect(large.res.data!.organizations.edges.length).toBeGreaterThan(20);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBe(2);
  });

  it("gives each connection of a merged query its own rows: the same answers as asked one at a time", async () => {
    const fields = {
      investors: `investors(first: 1) { totalCount edges { cursor round node { slug } } }`,
      moreInvestors: `investors(first: 2) { totalCount edges { cursor node { slug } } }`,
      founders: `founders(first: 5) { totalCount edges { title node { slug } } }`,
      portfolio: `portfolio(first: 5) { totalCount edges { node { slug } } }`,
    };
    const ask = (selection: string) =>
      t.query(
        `{ recurrent: entity(slug: "recurrent-ai") { ... on Organization { ${selection} } } gsr: entity(slug: "gsr-ventures") { ... on Organization { ${selection} } } }`,
      );
    const together = await ask(
      Object.entries(fields)
        .map(([alias, field]) => `${alias}: ${field}`)
        .join(" "),
    );
    expectNoErrors(together);
    expect(together.extensions?.cypherQueries).toBe(2);
    for (const [alias, field] of Object.entries(fields)) {
      const alone = await ask(`${alias}: ${field}`);
      expectNoErrors(alone);
      for (const root of ["recurrent", "gsr"]) expect(together.data![root][alias]).toEqual(alone.data![root][alias]);
    }
    // Not vacuous: the seeds give Recurrent AI two investors and its founders, and GSR Ventures a portfolio.
    expect(together.data!.recurrent.investors.totalCount).toBeGreaterThan(1);
    expect(together.data!.recurrent.moreInvestors.edges.length).toBeGreaterThan(together.data!.recurrent.investors.edges.length);
    expect(together.data!.recurrent.founders.totalCount).toBeGreaterThan(0);
    expect(together.data!.gsr.portfolio.totalCount).toBeGreaterThan(0);
  });

  it.each([
    // events with their participants (one query), metrics of the participants, sources of the citations
    ["the timeline with participants, their metrics and cited sources", TIMELINE, 3],
    // the list; under it one query per loader: citations' sources, metrics (and reportedMetrics, one query), events, founder relations and
    // every relationship connection together (people, portfolio, acquisitions, legal actions, products,
    // parents); one level down: the metrics' providers, the edges' events, the founder relations' companies
    ["organisations with every relationship field", ORGANIZATIONS, 9],
    // the list; roles, founded, moves, portfolio and legal actions together, backers, events; one level down: the
    // organisations left, the moves' events, the backers' companies
    ["people with their roles, moves, legal actions, backers and events", PEOPLE, 7],
  ])("costs the same for 25 and 35 results, and no more for 2: %s", async (_label, query, bound) => {
    // A tiny page may cost less (a nested field that is empty everywhere loads nothing further),
    // never more; once the page has data in every field, more results cost nothing more.
    const tiny = await cost(query, 2);
    // 25: the first page with data in every field (the reference sources' Hong Kong International Arbitration
    // Centre pushed OpenAI, whose metric names a provider, from 20th to 21st by name).
    const page = await cost(query, 25);
    const large = await cost(query, 35); // 35 organisations with all these fields stay under the cost limit
    expect(large.queries).toBe(page.queries);
    expect(tiny.queries).toBeLessThanOrEqual(page.queries);
    expect(large.queries).toBeLessThanOrEqual(bound);
  });

  it.each([
    // events with their participants (one query), metrics of the participants, sources of the citations
    ["the timeline with participantsConnection and their metricsConnection", TIMELINE_CONNECTIONS, 3],
    // the list; metrics, founder relations, co-investors (one query each); one level down: the
    // citations' sources and the by-slug entities (the metrics' providers and the companies of both
    // edge kinds: one query, or two when the loads under metrics and under the edges fall in different ticks)
    ["organisations with citationsConnection, metricsConnection and companiesConnection", ORGANIZATION_CONNECTIONS, 7],
  ])("keeps the connections that replaced lists to the same bounds: %s", async (_label, query, bound) => {
    // A bound, not an exact count: the by-slug lookups of one level may be one batch or two (see
    // above), but never grow with the number of results.
    const tiny = await cost(query, 2);
    const page = await cost(query, 35); // the first page with data in every field
    const large = await cost(query, 42); // under the cost limit
    expect(tiny.queries).toBeLessThanOrEqual(page.queries);
    expect(page.queries).toBeLessThanOrEqual(bound);
    expect(large.queries).toBeLessThanOrEqual(bound);
  });

  it("answers searchConnection and howConnectedConnection in one query each, whatever the page size", async () => {
    const query = `query ($first: Int!) {
      searchConnection(query: "AI", first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { score matched node { slug } } }
      howConnectedConnection(fromId: "${seededGlobalId("Entity", "zhu-xiaohu")}", toId: "${seededGlobalId("Entity", "yang-zhilin")}", first: $first) {
        totalCount edges { node { length nodes { id } } }
      }
    }`;
    const small = await cost(query, 1);
    const large = await cost(query, 10);
    expect(large.res.data!.searchConnection.edges.length).toBeGreaterThan(small.res.data!.searchConnection.edges.length);
    expect(large.res.data!.howConnectedConnection.edges.length).toBeGreaterThan(1);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBe(2);
  });

  it("reads each source's text once per operation, however many citations ask for it", async () => {
    const text = `query ($first: Int!) { events(first: $first) { edges { node { citations { source { slug text } } } } } }`;
    const small = await cost(text, 2);
    const large = await cost(text, 40);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(3);
  });

  it("counts one query for a root lookup by slug", async () => {
    const { queries } = await cost(
      `query ($first: Int!) { entity(slug: "moonshot-ai") { slug } organizations(first: $first) { totalCount } }`,
      1,
    );
    expect(queries).toBe(2);
  });

  it("counts one query per new root lookup, and batches entities(slugs:) into one", async () => {
    const one = await cost(`query ($first: Int!) { entities(slugs: ["moonshot-ai"]) { slug } sources(first: $first) { totalCount } }`, 1);
    const many = await cost(
      `query ($first: Int!) { entities(slugs: ["moonshot-ai", "zhu-xiaohu", "yang-zhilin", "gsr-ventures", "no-such-entity"]) { slug } sources(first: $first) { totalCount } }`,
      1,
    );
    expect(one.queries).toBe(2);
    expect(many.queries).toBe(2);
    const lookups = await cost(
      `query ($first: Int!) { event(slug: "gsr-ventures-arbitration-against-moonshot-founders-2024-11") { slug } source(slug: "tech-planet-2024-12-06") { slug } markets(first: $first) { totalCount } }`,
      1,
    );
    expect(lookups.queries).toBe(3);
  });

  it("answers co-investors and fellow founders with their companies and backers in one query per level, whatever the page size", async () => {
    const query = `query ($first: Int!) {
      organizations(first: $first) { edges { node { slug coInvestors(first: 3) { edges { node { slug } companies { slug } } } } } }
      people(first: $first) { edges { node { slug coInvestors(first: 3) { totalCount } fellowFounders(first: 3) { edges { node { slug } companies { slug } backers { slug } } } } } }
    }`;
    // Two lists; under them the co-investor pages of both (one loader) and the fellow founders; one
    // level down the companies and backers through the by-slug loader. A tiny page may cost less (a
    // field empty everywhere loads nothing further), never more.
    const tiny = await cost(query, 2);
    const page = await cost(query, 20);
    const large = await cost(query, 40);
    expect(large.queries).toBe(page.queries);
    expect(tiny.queries).toBeLessThanOrEqual(page.queries);
    expect(large.queries).toBeLessThanOrEqual(6);
  });

  it("answers every aggregate of a level (events per year, investment figures) in one query, whatever the page size", async () => {
    const query = `query ($first: Int!) {
      organizations(first: $first) { edges { node { eventsPerYear { year count } investmentSummary { roundsRaised raised { amount currencyCode } investorCount portfolioSize } } } }
    }`;
    const small = await cost(query, 2);
    const large = await cost(query, 40);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBe(2);
  });

  it("answers a source's events and mentions, and the mentioned entities' sources, in one query per level, whatever the page size", async () => {
    const query = `query ($first: Int!) {
      sources(first: $first) { edges { node {
        events(first: 3) { totalCount edges { node { slug } } }
        mentions(first: 3) { totalCount edges { node { slug mentionedIn(first: 2) { totalCount } } } }
      } } }
    }`;
    const small = await cost(query, 2);
    const large = await cost(query, 50);
    expect(large.res.data!.sources.edges.length).toBeGreaterThan(2);
    // the list; events and mentions (one query each); the mentioned entities' sources
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBe(4);
  });

  it("keeps filtered and reordered relationship connections of a level in one query with the others", async () => {
    const query = `query ($first: Int!) {
      organizations(first: $first) { edges { node {
        investors(first: 5, filter: { certainty: [CONFIRMED, REPORTED] }, orderBy: { field: NAME, direction: DESC }) { totalCount edges { node { slug } } }
        founders(first: 5) { edges { node { slug } } }
        acquisitions(first: 5, filter: { from: "2024-01-01" }) { edges { node { slug } } }
      } } }
    }`;
    const small = await cost(query, 2);
    const large = await cost(query, 50);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBe(2);
  });

  // Issue 16, part 2: every operation of the bench mix, exactly as the bench sends it, answered in one
  // Cypher statement (each has one root field), on seeds where each has something to answer.
  const samples: BenchSamples = {
    entitySlugs: ["moonshot-ai"],
    organizationsWithInvestors: ["recurrent-ai"],
    investors: ["gsr-ventures"],
    hubInvestors: ["gsr-ventures"],
    searchTexts: ["Moonshot"],
    timelineWindows: [{ types: ["FUNDING_ROUND"], from: "2000-01-01", to: "2030-12-31" }],
    connectedPairs: [{ from: "zhu-xiaohu", to: "yang-zhilin" }],
  };
  /** The answer's non-empty part that shows the operation read something (so a count of 1 is not an empty answer's). */
  const answered: Record<string, (data: Record<string, any>) => unknown[]> = {
    node: (d) => d.node.aliases,
    entityBySlug: (d) => d.entity.aliases,
    search: (d) => d.search,
    organizationProfile: (d) => d.entity.investors.edges,
    portfolio: (d) => d.entity.portfolio.edges.flatMap((e: any) => e.node.founders?.edges ?? []),
    hubPortfolio: (d) => d.entity.portfolio.edges,
    timeline: (d) => d.events.edges.flatMap((e: any) => e.node.participants),
    howConnected: (d) => d.howConnected,
    neighborhood: (d) => d.neighborhood.edges,
    stack: (d) => [d.__typename],
  };
  it("covers every bench operation", () => {
    expect(Object.keys(answered).sort()).toEqual(OPERATIONS.map((op) => op.name).sort());
  });
  it.each(OPERATIONS.map((op) => op.name))("answers the bench's %s in one Cypher query (none for the stack reference)", async (name) => {
    const op = OPERATIONS.find((o) => o.name === name)!;
    const body = JSON.parse(op.bodies(samples).ours[0]);
    const res = await t.query(body.query, body.variables);
    expectNoErrors(res);
    expect(answered[name](res.data!).length).toBeGreaterThan(0);
    expect(res.extensions?.cypherQueries).toBe(op.reference ? 0 : 1);
  });
});
