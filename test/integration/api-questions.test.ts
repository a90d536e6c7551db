import { dataOf, expectNoErrors, startTestApi, TestApi } from "../helpers/api";
import { seededGlobalId } from "../../src/common/global-id";

// Issue 13, items 1, 6 and 7 (the additive parts): the questions app builders ask, each answered in
// one request through the public API, checked against what the seeded graph holds (read with Cypher).

describe("API questions (issue 13)", () => {
  let t: TestApi;

  // A fixture the seeds lack: an angel investing in Moonshot AI (undated), 01.AI (2023) and Waveform
  // Intelligence (2024, whose round BlueRun and West Lake also joined), a founder of Waveform Intelligence, and a funding round
  // with a disclosed amount (the seeds' one has none) that Waveform raised from the angel; removed after.
  const angel = "api-questions-angel";
  const founder = "api-questions-founder";
  const round = "api-questions-round";
  beforeAll(async () => {
    t = await startTestApi();
    await t.db.runStatement(
      `MATCH (moonshot:Entity {slug: 'moonshot-ai'}), (waveform:Entity {slug: 'waveform-intelligence'})
       CREATE (p:Entity:Person {slug: $angel, name: 'Api Questions Angel', sortName: 'api questions angel', type: 'PERSON', kinds: ['EXECUTIVE'], citationSources: [], citationQuotes: []})
       CREATE (p)-[:INVESTED_IN {key: $angel + '|moonshot-ai', round: 'Angel', amount: 1000000.0, currency: 'USD', certainty: 'REPORTED', citationSources: [], citationQuotes: []}]->(moonshot)
       CREATE (p)-[:INVESTED_IN {key: $angel + '|waveform-intelligence', certainty: 'REPORTED', dateStart: date('2024-01-01'), citationSources: [], citationQuotes: []}]->(waveform)
       WITH p, waveform MATCH (zero:Entity {slug: '01-ai'})
       CREATE (p)-[:INVESTED_IN {key: $angel + '|01-ai', round: 'Seed', certainty: 'CONFIRMED', dateStart: date('2023-06-01'), citationSources: [], citationQuotes: []}]->(zero)
       CREATE (f:Entity:Person {slug: $founder, name: 'Api Questions Founder', sortName: 'api questions founder', type: 'PERSON', kinds: ['FOUNDER'], citationSources: [], citationQuotes: []})
       CREATE (f)-[:FOUNDED {key: $founder + '|waveform-intelligence', certainty: 'REPORTED', citationSources: [], citationQuotes: []}]->(waveform)
       CREATE (round:Event:FundingRound {slug: $round, type: 'FUNDING_ROUND', title: 'Fixture round', certainty: 'REPORTED', datePrecision: 'DAY', dateText: '2024-03-01',
                                         dateStart: date('2024-03-01'), dateEnd: date('2024-03-01'), amount: 5000000.0, currency: 'USD', citationSources: [], citationQuotes: []})
       CREATE (waveform)-[:PARTICIPATED_IN {role: 'INVESTEE'}]->(round)
       CREATE (p)-[:PARTICIPATED_IN {role: 'INVESTOR'}]->(round)`,
      { angel, founder, round },
    );
  });
  afterAll(async () => {
    await t?.db.runStatement(`MATCH (n) WHERE (n:Entity OR n:Event) AND n.slug IN [$angel, $founder, $round] DETACH DELETE n`, {
      angel,
      founder,
      round,
    });
    await t?.close();
  });

  const cypherSlugs = async (query: string, params: Record<string, unknown> = {}) =>
    (await t.db.runStatement(query, params, "READ")).map((r) => r.slug as string);

  describe("root lookups", () => {
    it("entities(slugs:) answers in the order asked, with null for an unknown slug, in one query", async () => {
      const res = await t.query(
        `{ entities(slugs: ["zhu-xiaohu", "no-such-entity", "moonshot-ai", "zhu-xiaohu"]) { __typename slug name } }`,
      );
      expectNoErrors(res);
      expect(res.data!.entities.map((e: { slug: string } | null) => e?.slug ?? null)).toEqual([
        "zhu-xiaohu",
        null,
        "moonshot-ai",
        "zhu-xiaohu",
      ]);
      expect(res.data!.entities[0].__typename).toBe("Person");
      expect(res.data!.entities[2]).toMatchObject({ __typename: "Organization", name: "Moonshot AI" });
      expect(res.extensions?.cypherQueries).toBe(1);
    });

    it("entities(slugs:) rejects more than 100 slugs, and an overlong slug, with BAD_USER_INPUT naming slugs", async () => {
      const tooMany = await t.query(`query ($slugs: [String!]!) { entities(slugs: $slugs) { slug } }`, {
        slugs: Array.from({ length: 101 }, (_, i) => `s${i}`),
      });
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "slugs" });
      expect(tooMany.errors?.[0].message).toMatch(/at most 100 slugs; got 101/);
      const tooLong = await t.query(`query ($slugs: [String!]!) { entities(slugs: $slugs) { slug } }`, {
        slugs: ["moonshot-ai", "x".repeat(201)],
      });
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

  describe("every link traversable from both ends", () => {
    it("reaches the figures an organisation reported, the way back from Metric.reportedBy", async () => {
      const rows = await t.db.runStatement(
        `MATCH (m:Metric)-[:REPORTED_BY]->(p:Entity) RETURN p.slug AS provider, collect(m.slug) AS metrics ORDER BY provider`,
        {},
        "READ",
      );
      expect(rows.length).toBeGreaterThan(1);
      const slugs = rows.map((r) => r.provider as string);
      const data = await dataOf<any>(
        t,
        `query ($slugs: [String!]!) { entities(slugs: $slugs) { slug reportedMetrics { slug reportedBy { slug } subject { slug } } } }`,
        { slugs },
      );
      data.entities.forEach((entity: any, i: number) => {
        expect(entity.reportedMetrics.map((m: { slug: string }) => m.slug).sort()).toEqual([...(rows[i].metrics as string[])].sort());
        for (const metric of entity.reportedMetrics) expect(metric.reportedBy.slug).toBe(entity.slug);
      });
      const named = await dataOf<any>(
        t,
        `{ entity(slug: "questmobile") { reportedMetrics(name: "monthlyActiveUsers") { name subject { slug } } } }`,
      );
      expect(named.entity.reportedMetrics.length).toBeGreaterThan(0);
      for (const metric of named.entity.reportedMetrics)
        expect(metric).toEqual({ name: "monthlyActiveUsers", subject: { slug: "doubao" } });
      const none = await dataOf<any>(t, `{ entity(slug: "moonshot-ai") { reportedMetrics { slug } } }`);
      expect(none.entity.reportedMetrics).toEqual([]);
    });

    describe("a person's own investments", () => {
      it("Person.portfolio lists what the person invested in, and the company lists the person among its investors", async () => {
        const data = await dataOf<any>(
          t,
          `query ($angel: String!) {
            angel: entity(slug: $angel) { ... on Person { portfolio(first: 5) { totalCount edges { round amount { amount currencyCode } node { slug } } } } }
            company: entity(slug: "moonshot-ai") { ... on Organization { investors(first: 100) { edges { node { slug } } } } }
          }`,
          { angel },
        );
        expect(data.angel.portfolio.totalCount).toBe(3);
        expect(data.angel.portfolio.edges).toContainEqual({
          round: "Angel",
          amount: { amount: "1000000", currencyCode: "USD" },
          node: { slug: "moonshot-ai" },
        });
        expect(data.company.investors.edges.map((e: { node: { slug: string } }) => e.node.slug)).toContain(angel);
      });
    });
  });

  describe("questions in one request", () => {
    it("filters a list by which end of a relationship an entity is, and keeps today's either-end default", async () => {
      const LIST = `query ($direction: RelationshipDirection) {
        organizations(first: 100, filter: { hasRelationship: [INVESTED_IN, ACQUIRED], hasRelationshipDirection: $direction }) { totalCount edges { node { slug } } }
      }`;
      const slugsOf = async (direction: string | null) => {
        const data = await dataOf<any>(t, LIST, { direction });
        expect(data.organizations.totalCount).toBe(data.organizations.edges.length);
        return data.organizations.edges.map((e: { node: { slug: string } }) => e.node.slug).sort();
      };
      const expected = (query: string) => cypherSlugs(`${query} RETURN DISTINCT e.slug AS slug ORDER BY slug`);
      const outgoing = await slugsOf("OUTGOING");
      const incoming = await slugsOf("INCOMING");
      const either = await slugsOf(null);
      expect(outgoing).toEqual(await expected(`MATCH (e:Organization)-[:INVESTED_IN|ACQUIRED]->(:Entity)`));
      expect(incoming).toEqual(await expected(`MATCH (e:Organization)<-[:INVESTED_IN|ACQUIRED]-(:Entity)`));
      expect(either).toEqual(await expected(`MATCH (e:Organization)-[:INVESTED_IN|ACQUIRED]-(:Entity)`));
      // Not vacuous: investors and acquirers differ from the companies they bought into.
      expect(outgoing).toContain("google");
      expect(outgoing).not.toContain("character-ai");
      expect(incoming).toContain("character-ai");
      expect(either).toEqual([...new Set([...outgoing, ...incoming])].sort());
    });

    it("answers co-investors in one field: who else invested in the same companies, with the companies shared", async () => {
      const expected = await t.db.runStatement(
        `MATCH (i:Entity {slug: $slug})-[:INVESTED_IN]->(c:Entity)<-[:INVESTED_IN]-(o:Entity) WHERE o <> i
         WITH o, collect(DISTINCT c.slug) AS companies ORDER BY o.sortName, o.slug RETURN o.slug AS slug, companies`,
        { slug: "bluerun-ventures" },
        "READ",
      );
      expect(expected.map((r) => r.slug)).toEqual(expect.arrayContaining(["west-lake-venture-capital", angel]));
      const data = await dataOf<any>(
        t,
        `query ($angel: String!) {
          bluerun: entity(slug: "bluerun-ventures") { ... on Organization { coInvestors(first: 100) { totalCount edges { node { slug } companies { slug } } } } }
          angel: entity(slug: $angel) { ... on Person { coInvestors(first: 1) { totalCount pageInfo { hasNextPage } edges { node { slug } } } } }
        }`,
        { angel },
      );
      expect(data.bluerun.coInvestors.totalCount).toBe(expected.length);
      expect(
        data.bluerun.coInvestors.edges.map((e: any) => ({
          slug: e.node.slug,
          companies: e.companies.map((c: { slug: string }) => c.slug).sort(),
        })),
      ).toEqual(expected.map((r) => ({ slug: r.slug, companies: [...(r.companies as string[])].sort() })));
      // The angel's co-investors span both its companies: BlueRun and West Lake through Waveform.
      expect(data.angel.coInvestors.totalCount).toBeGreaterThanOrEqual(2);
      expect(data.angel.coInvestors.pageInfo.hasNextPage).toBe(true);
    });

    it('answers "other founders my backers funded" in one field, with the companies and the shared backers', async () => {
      const data = await dataOf<any>(
        t,
        `{ entity(slug: "yang-zhilin") { ... on Person { fellowFounders(first: 10) { totalCount edges { node { slug } companies { slug } backers { slug } } } } } }`,
      );
      const expected = await t.db.runStatement(
        `MATCH (f:Person {slug: 'yang-zhilin'})-[:FOUNDED]->(own)<-[:INVESTED_IN]-(b)-[:INVESTED_IN]->(c)<-[:FOUNDED]-(o)
         WHERE o <> f AND NOT (f)-[:FOUNDED]->(c) RETURN count(DISTINCT o) AS n`,
        {},
        "READ",
      );
      expect(data.entity.fellowFounders.totalCount).toBe(expected[0].n);
      expect(data.entity.fellowFounders.edges).toContainEqual({
        node: { slug: founder },
        companies: [{ slug: "waveform-intelligence" }],
        backers: [{ slug: angel }],
      });
    });

    it("gives dashboard aggregates: rounds raised and joined, disclosed amount per currency, investors, portfolio size", async () => {
      const count = async (query: string, slug: string) => (await t.db.runStatement(query, { slug }, "READ"))[0].n as number;
      const investors = (slug: string) => count(`MATCH (:Entity {slug: $slug})<-[:INVESTED_IN]-(i) RETURN count(DISTINCT i) AS n`, slug);
      const rounds = (slug: string, role: string) =>
        count(`MATCH (:Entity {slug: $slug})-[:PARTICIPATED_IN {role: '${role}'}]->(r:FundingRound) RETURN count(DISTINCT r) AS n`, slug);
      const data = await dataOf<any>(
        t,
        `query ($angel: String!) {
          waveform: entity(slug: "waveform-intelligence") { ... on Organization { investmentSummary { roundsRaised roundsJoined raised { amount currencyCode } investorCount portfolioSize } } }
          angel: entity(slug: $angel) { ... on Person { investmentSummary { roundsRaised roundsJoined raised { amount currencyCode } investorCount portfolioSize } } }
        }`,
        { angel },
      );
      expect(data.waveform.investmentSummary).toEqual({
        roundsRaised: await rounds("waveform-intelligence", "INVESTEE"),
        roundsJoined: 0,
        raised: [{ amount: "5000000", currencyCode: "USD" }],
        investorCount: await investors("waveform-intelligence"),
        portfolioSize: 0,
      });
      // Not vacuous: the seeded round and the fixture's, BlueRun, West Lake and the angel.
      expect(data.waveform.investmentSummary.roundsRaised).toBe(2);
      expect(data.waveform.investmentSummary.investorCount).toBe(3);
      expect(data.angel.investmentSummary).toEqual({ roundsRaised: 0, roundsJoined: 1, raised: [], investorCount: 0, portfolioSize: 3 });
    });

    it("counts an entity's events per year, oldest first, adding up to its events' total", async () => {
      const data = await dataOf<any>(t, `{ entity(slug: "moonshot-ai") { eventsPerYear { year count } events(first: 1) { totalCount } } }`);
      const expected = await t.db.runStatement(
        `MATCH (:Entity {slug: 'moonshot-ai'})-[:PARTICIPATED_IN]->(ev:Event) WITH DISTINCT ev RETURN ev.dateStart.year AS year, count(ev) AS count ORDER BY year`,
        {},
        "READ",
      );
      expect(data.entity.eventsPerYear).toEqual(expected);
      expect(data.entity.eventsPerYear.length).toBeGreaterThan(0);
      expect(data.entity.eventsPerYear.reduce((sum: number, y: { count: number }) => sum + y.count, 0)).toBe(data.entity.events.totalCount);
    });

    describe("relationship connections take filter and orderBy", () => {
      const PORTFOLIO = `query ($angel: String!, $filter: RelationshipFilter, $orderBy: RelationshipOrder, $first: Int, $after: String, $last: Int, $before: String) {
        entity(slug: $angel) { ... on Person { portfolio(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { slug } }
        } } }
      }`;
      const portfolio = async (variables: Record<string, unknown>) =>
        (await dataOf<any>(t, PORTFOLIO, { angel, ...variables })).entity.portfolio;
      const slugs = (page: any) => page.edges.map((e: { node: { slug: string } }) => e.node.slug);

      it("orders by date (undated first) unless told otherwise, and by name or newest first when asked", async () => {
        expect(slugs(await portfolio({}))).toEqual(["moonshot-ai", "01-ai", "waveform-intelligence"]);
        expect(slugs(await portfolio({ orderBy: { field: "DATE", direction: "DESC" } }))).toEqual([
          "waveform-intelligence",
          "01-ai",
          "moonshot-ai",
        ]);
        expect(slugs(await portfolio({ orderBy: { field: "NAME" } }))).toEqual(["01-ai", "moonshot-ai", "waveform-intelligence"]);
        expect(slugs(await portfolio({ orderBy: { field: "NAME", direction: "DESC" } }))).toEqual([
          "waveform-intelligence",
          "moonshot-ai",
          "01-ai",
        ]);
      });

      it("pages a descending order both ways with its cursors", async () => {
        const orderBy = { field: "NAME", direction: "DESC" };
        const first = await portfolio({ orderBy, first: 1 });
        expect(slugs(first)).toEqual(["waveform-intelligence"]);
        expect(first.pageInfo.hasNextPage).toBe(true);
        const rest = await portfolio({ orderBy, first: 5, after: first.pageInfo.endCursor });
        expect(slugs(rest)).toEqual(["moonshot-ai", "01-ai"]);
        expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
        const back = await portfolio({ orderBy, last: 1, before: rest.pageInfo.endCursor });
        expect(slugs(back)).toEqual(["moonshot-ai"]);
      });

      it("filters by round, date range and certainty, with totalCount counting what passes", async () => {
        const angelRound = await portfolio({ filter: { round: "Angel" } });
        expect(angelRound.totalCount).toBe(1);
        expect(slugs(angelRound)).toEqual(["moonshot-ai"]);
        expect(slugs(await portfolio({ filter: { from: "2024-01-01" } }))).toEqual(["waveform-intelligence"]);
        expect(slugs(await portfolio({ filter: { from: "2023-01-01", to: "2023-12-31" } }))).toEqual(["01-ai"]);
        const confirmed = await portfolio({ filter: { certainty: ["CONFIRMED"] } });
        expect(confirmed.totalCount).toBe(1);
        expect(slugs(confirmed)).toEqual(["01-ai"]);
        expect((await portfolio({ filter: {} })).totalCount).toBe(3);
      });

      it("rejects a date range that ends before it starts, naming filter.from", async () => {
        const res = await t.query(PORTFOLIO, { angel, filter: { from: "2024-02-01", to: "2024-01-01" } });
        expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.from" });
      });
    });
  });

  describe("neighborhood with metrics", () => {
    const NEIGHBORHOOD = `query ($id: ID!, $include: [NeighborhoodNodeKind!]) {
      neighborhood(id: $id, depth: 1, first: 100, include: $include) {
        nodes { __typename id ... on Metric { slug reportedBy { slug } subject { slug } } }
        edges { relationship fromId toId }
      }
    }`;
    const QUESTMOBILE = seededGlobalId("Entity", "questmobile");

    it("shows the metrics an entity reported only when asked, with their REPORTED_BY edges", async () => {
      const plain = await dataOf<any>(t, NEIGHBORHOOD, { id: QUESTMOBILE });
      expect(plain.neighborhood.nodes.filter((n: { __typename: string }) => n.__typename === "Metric")).toEqual([]);
      const expected = await cypherSlugs(
        `MATCH (m:Metric)-[:REPORTED_BY]->(:Entity {slug: 'questmobile'}) RETURN m.slug AS slug ORDER BY slug`,
      );
      expect(expected.length).toBeGreaterThan(0);
      const data = await dataOf<any>(t, NEIGHBORHOOD, { id: QUESTMOBILE, include: ["METRIC"] });
      const metrics = data.neighborhood.nodes.filter((n: { __typename: string }) => n.__typename === "Metric");
      expect(metrics.map((m: { slug: string }) => m.slug).sort()).toEqual(expected);
      for (const metric of metrics) {
        expect(metric.reportedBy.slug).toBe("questmobile");
        expect(data.neighborhood.edges).toContainEqual({ relationship: "REPORTED_BY", fromId: metric.id, toId: QUESTMOBILE });
      }
    });
  });
});
