import { seededGlobalId } from "../../src/common/global-id";
import { dataOf, startTestApi, TestApi } from "../helpers/api";

// The remaining "Done when" items of issue 4: global ids for every Node type, entity(slug) for
// unknown slugs, the timeline's filters, paging both ways with stable cursors, and Organization.people(asOf).

interface DateRange {
  start: string;
  end: string;
}
interface TimelineEvent {
  slug: string;
  type: string;
  date: DateRange & { text: string };
  participants: { role: string; entity: { slug: string } }[];
}

const TIMELINE = `query ($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String, $last: Int, $before: String) {
  events(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { slug type date { text start end } participants { role entity { slug } } } }
  }
}`;

describe("the API contract", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => t?.close());

  const query = <T extends Record<string, any> = any>(text: string, variables?: Record<string, unknown>) => dataOf<T>(t, text, variables);

  describe("global ids", () => {
    it("resolves the id of every kind of Node back to the same object through node and nodes", async () => {
      const data = await query(`{
        organizations(first: 1) { edges { node { __typename id slug } } }
        people(first: 1) { edges { node { __typename id slug } } }
        products(first: 1) { edges { node { __typename id slug } } }
        market: entity(slug: "china-ai-financing-market") { __typename id slug }
        events(first: 100) { edges { node { __typename id slug } } }
        doubao: entity(slug: "doubao") { metrics { __typename id slug citations { source { __typename id slug } } } }
      }`);
      const objects: { __typename: string; id: string; slug: string }[] = [
        data.organizations.edges[0].node,
        data.people.edges[0].node,
        data.products.edges[0].node,
        data.market,
        data.doubao.metrics[0],
        data.doubao.metrics[0].citations[0].source,
      ];
      // One event of each type (Acquisition, LegalAction, PriceChange, TalentMove ...).
      const byType = new Map<string, any>();
      for (const { node } of data.events.edges) if (!byType.has(node.__typename)) byType.set(node.__typename, node);
      objects.push(...byType.values());
      expect(objects.map((o) => o.__typename).sort()).toEqual(
        expect.arrayContaining([
          "Organization",
          "Person",
          "Product",
          "Market",
          "Metric",
          "Source",
          "Acquisition",
          "LegalAction",
          "PriceChange",
          "TalentMove",
          "FundingRound",
          "LicensingDeal",
          "ProductLaunch",
          "Statement",
        ]),
      );

      const ids = objects.map((o) => o.id);
      expect(new Set(ids).size).toBe(ids.length);
      const { nodes } = await query(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Entity { slug } ... on Event { slug } ... on Metric { slug } ... on Source { slug } } }`,
        { ids },
      );
      expect(nodes).toEqual(objects.map(({ __typename, id, slug }) => ({ __typename, id, slug })));
      for (const object of objects) {
        const { node } = await query(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id: object.id });
        expect(node).toEqual({ __typename: object.__typename, id: object.id });
      }
    });

    it("encodes the same slug to the same id on every read (stable ids)", async () => {
      const data = await query(`{ a: entity(slug: "moonshot-ai") { id } b: search(query: "月之暗面", first: 1) { entity { id } } }`);
      expect(data.a.id).toBe(seededGlobalId("Entity", "moonshot-ai"));
      expect(data.b[0].entity.id).toBe(data.a.id);
    });

    it.each([
      ["an unknown slug", seededGlobalId("Entity", "no-such-entity")],
      ["an event id holding an entity's slug", seededGlobalId("Event", "moonshot-ai")],
      ["a string that is not an id", "not an id!"],
      ["an unknown kind", Buffer.from("Planet:mars").toString("base64url")],
    ])("returns null for %s, in node and in its place in nodes", async (_label, id) => {
      const data = await query(`query ($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }`, {
        id,
        ids: [seededGlobalId("Entity", "oppo"), id],
      });
      expect(data.node).toBeNull();
      expect(data.nodes).toEqual([{ id: seededGlobalId("Entity", "oppo") }, null]);
    });

    it("rejects more than 100 ids with BAD_USER_INPUT naming ids", async () => {
      const res = await t.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
        ids: Array.from({ length: 101 }, () => seededGlobalId("Entity", "oppo")),
      });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(res.errors?.[0].message).toMatch(/ids/);
    });
  });

  describe("entity(slug:)", () => {
    it.each(["no-such-entity", "Moonshot-AI", "moonshot ai", ""])("returns null, not an error, for %j", async (slug) => {
      const data = await query(`query ($slug: String!) { entity(slug: $slug) { slug } }`, { slug });
      expect(data.entity).toBeNull();
    });

    it("returns the typed entity for a known slug", async () => {
      const data = await query(`{ entity(slug: "zhu-xiaohu") { __typename slug name kinds } }`);
      expect(data.entity).toEqual({ __typename: "Person", slug: "zhu-xiaohu", name: "Zhu Xiaohu", kinds: ["INVESTOR"] });
    });
  });

  describe("the timeline", () => {
    let all: TimelineEvent[];

    beforeAll(async () => {
      const { events } = await query(TIMELINE, { first: 100 });
      expect(events.pageInfo.hasNextPage).toBe(false);
      all = events.edges.map((e: any) => e.node);
      expect(all.length).toBe(events.totalCount);
      expect(all.length).toBeGreaterThan(30);
    });

    async function timeline(variables: Record<string, unknown>): Promise<{ totalCount: number; slugs: string[]; nodes: TimelineEvent[] }> {
      const { events } = await query(TIMELINE, { first: 100, ...variables });
      const nodes = events.edges.map((e: any) => e.node) as TimelineEvent[];
      return { totalCount: events.totalCount, slugs: nodes.map((n) => n.slug), nodes };
    }

    it("is in date order, oldest first, and newest first with orderBy DESC", async () => {
      const starts = all.map((e) => e.date.start);
      expect(starts).toEqual([...starts].sort());
      const desc = await timeline({ orderBy: { direction: "DESC" } });
      expect(desc.slugs).toEqual(all.map((e) => e.slug).reverse());
    });

    it("filters by type", async () => {
      const cuts = await timeline({ filter: { types: ["PRICE_CHANGE"] } });
      expect(cuts.totalCount).toBe(5);
      expect(cuts.nodes.every((n) => n.type === "PRICE_CHANGE")).toBe(true);
      const two = await timeline({ filter: { types: ["ACQUISITION", "LICENSING_DEAL"] } });
      expect(two.slugs.sort()).toEqual(
        all
          .filter((e) => ["ACQUISITION", "LICENSING_DEAL"].includes(e.type))
          .map((e) => e.slug)
          .sort(),
      );
      // Three acquisitions and a licensing deal in the article, Bloomberg's Character.AI-Google licensing deal and
      // The Straits Times' Microsoft-Inflection AI one.
      expect(two.totalCount).toBe(6);
    });

    it("filters by participant, matching the entity's own events", async () => {
      const oppo = seededGlobalId("Entity", "oppo");
      const filtered = await timeline({ filter: { participantId: oppo } });
      const own = await query(`{ entity(slug: "oppo") { events(first: 100) { totalCount edges { node { slug } } } } }`);
      expect(filtered.slugs).toEqual(own.entity.events.edges.map((e: any) => e.node.slug));
      expect(filtered.totalCount).toBe(own.entity.events.totalCount);
      expect(filtered.slugs).toEqual(
        expect.arrayContaining(["oppo-acquires-waveform-intelligence-2024-10", "waveform-founding-team-joins-oppo-2024-h2"]),
      );
      expect(filtered.nodes.every((n) => n.participants.some((p) => p.entity.slug === "oppo"))).toBe(true);
    });

    it.each([
      ["2024-10-01", "2024-10-31"],
      ["2024-05-15", "2024-05-15"],
      ["2022-01-01", "2022-12-31"],
      ["2024-09-01", null],
      [null, "2023-12-31"],
    ])("keeps exactly the events whose dates overlap from %s to %s", async (from, to) => {
      const filter = { ...(from && { from }), ...(to && { to }) };
      const result = await timeline({ filter });
      const expected = all.filter((e) => (!from || e.date.end >= from) && (!to || e.date.start <= to)).map((e) => e.slug);
      expect(result.slugs).toEqual(expected);
      expect(result.totalCount).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
    });

    it("combines type, participant and date range", async () => {
      const result = await timeline({
        filter: { types: ["TALENT_MOVE"], participantId: seededGlobalId("Entity", "bytedance"), from: "2024-07-01", to: "2024-12-31" },
      });
      expect(result.slugs.sort()).toEqual(["huang-wenhao-joins-bytedance-2024-h2", "qin-yujia-joins-bytedance-2024-h2"]);
      const none = await timeline({
        filter: { types: ["TALENT_MOVE"], participantId: seededGlobalId("Entity", "bytedance"), to: "2024-06-30" },
      });
      expect(none).toEqual({ totalCount: 0, slugs: [], nodes: [] });
    });

    it.each([
      [{ filter: { participantId: seededGlobalId("Event", "doubao-launch-2023-08") } }, "filter.participantId"],
      [{ filter: { participantId: "nonsense" } }, "filter.participantId"],
      [{ filter: { from: "2024-12-01", to: "2024-01-01" } }, "filter.from"],
      [{ first: 101 }, "first"],
      [{ first: 5, last: 5 }, "last"],
      [{ before: "not-a-cursor", last: 2 }, "before"],
    ])("rejects %j with BAD_USER_INPUT naming %s", async (variables, argument) => {
      const res = await t.query(TIMELINE, variables);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(JSON.stringify(res.errors?.[0])).toContain(argument);
    });

    it("rejects a malformed date in the filter", async () => {
      const res = await t.query(TIMELINE, { filter: { from: "2024-13-01" } });
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(res.data ?? null).toBeNull();
    });

    it.each([
      [{}, "ASC"],
      [{ filter: { types: ["STATEMENT"] } }, "ASC"],
      [{ filter: { participantId: seededGlobalId("Entity", "bytedance") } }, "ASC"],
      [{}, "DESC"],
    ])("pages forwards and backwards through the same sequence (%j, %s)", async (variables, direction) => {
      const orderBy = { direction };
      const full = (await timeline({ ...variables, orderBy })).slugs;
      expect(full.length).toBeGreaterThan(3);

      const forwards: string[] = [];
      let after: string | null = null;
      for (let pages = 0; ; pages++) {
        const { events }: any = await query(TIMELINE, { ...variables, orderBy, first: 3, after });
        forwards.push(...events.edges.map((e: any) => e.node.slug));
        expect(events.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(events.edges.at(-1)?.cursor ?? null).toBe(events.pageInfo.endCursor);
        if (!events.pageInfo.hasNextPage) break;
        after = events.pageInfo.endCursor;
        expect(pages).toBeLessThan(50);
      }
      expect(forwards).toEqual(full);

      const backwards: string[] = [];
      let before: string | null = null;
      for (let pages = 0; ; pages++) {
        const { events }: any = await query(TIMELINE, { ...variables, orderBy, first: null, last: 3, before });
        backwards.unshift(...events.edges.map((e: any) => e.node.slug));
        expect(events.pageInfo.hasNextPage).toBe(before !== null);
        expect(events.edges[0]?.cursor ?? null).toBe(events.pageInfo.startCursor);
        if (!events.pageInfo.hasPreviousPage) break;
        before = events.pageInfo.startCursor;
        expect(pages).toBeLessThan(50);
      }
      expect(backwards).toEqual(full);
    });

    // Only the filters given become predicates of the query (so that each can be an index seek): every
    // combination is its own query text and plan, so each is checked against the full timeline, its
    // count and its pages in both directions.
    describe("every combination of type, from, to and participant", () => {
      const TYPES = ["TALENT_MOVE", "ACQUISITION", "STATEMENT", "PRICE_CHANGE"];
      const FROM = "2024-05-01";
      const TO = "2024-10-31";
      const PARTICIPANT = "bytedance";
      const combinations: [boolean, boolean, boolean, boolean, string][] = [];
      for (const types of [false, true])
        for (const from of [false, true])
          for (const to of [false, true])
            for (const participant of [false, true]) {
              for (const direction of ["ASC", "DESC"]) combinations.push([types, from, to, participant, direction]);
            }

      async function pageThrough(
        variables: Record<string, unknown>,
        backwards: boolean,
      ): Promise<{ slugs: string[]; totalCounts: number[] }> {
        const slugs: string[] = [];
        const totalCounts: number[] = [];
        let cursor: string | null = null;
        for (let pages = 0; pages < 50; pages++) {
          const paging = backwards ? { first: null, last: 4, before: cursor } : { first: 4, after: cursor };
          const { events }: any = await query(TIMELINE, { ...variables, ...paging });
          const page = events.edges.map((e: any) => e.node.slug);
          if (backwards) slugs.unshift(...page);
          else slugs.push(...page);
          totalCounts.push(events.totalCount);
          if (!(backwards ? events.pageInfo.hasPreviousPage : events.pageInfo.hasNextPage)) break;
          cursor = backwards ? events.pageInfo.startCursor : events.pageInfo.endCursor;
        }
        return { slugs, totalCounts };
      }

      it.each(combinations)(
        "types %s, from %s, to %s, participant %s, %s: the matching events, counted and paged both ways",
        async (types, from, to, participant, direction) => {
          const filter = {
            ...(types && { types: TYPES }),
            ...(from && { from: FROM }),
            ...(to && { to: TO }),
            ...(participant && { participantId: seededGlobalId("Entity", PARTICIPANT) }),
          };
          const matching = all
            .filter((e) => (!types || TYPES.includes(e.type)) && (!from || e.date.end >= FROM) && (!to || e.date.start <= TO))
            .filter((e) => !participant || e.participants.some((p) => p.entity.slug === PARTICIPANT))
            .map((e) => e.slug);
          const expected = direction === "ASC" ? matching : [...matching].reverse();
          const variables = { filter, orderBy: { direction } };
          const whole = await timeline(variables);
          expect(whole.slugs).toEqual(expected);
          expect(whole.totalCount).toBe(expected.length);
          for (const backwards of [false, true]) {
            const paged = await pageThrough(variables, backwards);
            expect(paged.slugs).toEqual(expected);
            expect(new Set(paged.totalCounts)).toEqual(new Set([expected.length]));
          }
        },
      );

      it("has matches for each filter alone and for all of them together", () => {
        const alone = all.filter(
          (e) =>
            TYPES.includes(e.type) && e.date.end >= FROM && e.date.start <= TO && e.participants.some((p) => p.entity.slug === PARTICIPANT),
        );
        expect(alone.length).toBeGreaterThan(0);
        expect(all.filter((e) => TYPES.includes(e.type)).length).toBeLessThan(all.length);
      });
    });

    describe("cursors stay valid when events are added", () => {
      afterEach(async () => {
        await t.db.runStatement("MATCH (ev:Event) WHERE ev.slug STARTS WITH 'test-inserted-' DETACH DELETE ev");
      });

      it("continues after the cursor without repeats or gaps, including the new events in their place", async () => {
        const first = await query(TIMELINE, { first: 10 });
        const cursor = first.events.pageInfo.endCursor;
        const lastStart = first.events.edges.at(-1).node.date.start as string;
        // One event dated before the page's end (already passed), one after it (still to come).
        await t.db.runStatement(
          `UNWIND $rows AS row
           CREATE (ev:Event:Statement {slug: row.slug, type: 'STATEMENT', title: row.slug, certainty: 'REPORTED',
             dateText: row.day, datePrecision: 'DAY', dateStart: date(row.day), dateEnd: date(row.day),
             citationSources: ['tech-planet-2024-12-06'], citationQuotes: ['Tech Planet']})`,
          {
            rows: [
              { slug: "test-inserted-early", day: "1999-01-01" },
              { slug: "test-inserted-late", day: "2030-01-01" },
            ],
          },
        );
        expect(lastStart < "2030-01-01").toBe(true);
        const rest = await query(TIMELINE, { first: 100, after: cursor });
        const expected = [...all.slice(10).map((e) => e.slug), "test-inserted-late"];
        expect(rest.events.edges.map((e: any) => e.node.slug)).toEqual(expected);
        expect(rest.events.totalCount).toBe(all.length + 2);
      });
    });

    it("pages 20 events by default, and says more follow", async () => {
      const { events } = await query(`{ events { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { slug } } } }`);
      expect(events.totalCount).toBeGreaterThan(20);
      expect(events.edges.map((e: any) => e.node.slug)).toEqual(all.slice(0, 20).map((e) => e.slug));
      expect(events.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    });

    it("resumes after any edge's cursor, in either direction", async () => {
      const { events } = await query(TIMELINE, { first: 100 });
      const middle = events.edges[10];
      const next = await query(TIMELINE, { first: 2, after: middle.cursor });
      expect(next.events.edges.map((e: any) => e.node.slug)).toEqual(all.slice(11, 13).map((e) => e.slug));
      const previous = await query(TIMELINE, { last: 2, before: middle.cursor });
      expect(previous.events.edges.map((e: any) => e.node.slug)).toEqual(all.slice(8, 10).map((e) => e.slug));
    });
  });

  describe("relationship connections", () => {
    const EVENTS_OF = `query ($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
      entity(slug: $slug) { events(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } }
      } }
    }`;
    const ROLES_OF = `query ($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
      entity(slug: $slug) { ... on Person { roles(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } }
      } } }
    }`;

    it.each([
      ["bytedance", "events", EVENTS_OF],
      ["moonshot-ai", "events", EVENTS_OF],
      ["wang-xiaochuan", "roles", ROLES_OF],
    ])("pages %s's %s one edge at a time, forwards and backwards, through the same edges", async (slug, field, text) => {
      const connection = async (variables: Record<string, unknown>) => (await query(text, { slug, ...variables })).entity[field];
      const full = await connection({ first: 100 });
      const keys = full.edges.map((e: any) => `${e.node.slug}|${e.cursor}`);
      expect(keys.length).toBe(full.totalCount);
      expect(keys.length).toBeGreaterThan(2);

      const forwards: string[] = [];
      let page = await connection({ first: 1 });
      forwards.push(...page.edges.map((e: any) => `${e.node.slug}|${e.cursor}`));
      while (page.pageInfo.hasNextPage) {
        page = await connection({ first: 1, after: page.pageInfo.endCursor });
        expect(page.pageInfo.hasPreviousPage).toBe(true);
        forwards.push(...page.edges.map((e: any) => `${e.node.slug}|${e.cursor}`));
      }
      expect(forwards).toEqual(keys);

      const backwards: string[] = [];
      page = await connection({ last: 1 });
      backwards.unshift(...page.edges.map((e: any) => `${e.node.slug}|${e.cursor}`));
      while (page.pageInfo.hasPreviousPage) {
        page = await connection({ last: 1, before: page.pageInfo.startCursor });
        expect(page.pageInfo.hasNextPage).toBe(true);
        backwards.unshift(...page.edges.map((e: any) => `${e.node.slug}|${e.cursor}`));
      }
      expect(backwards).toEqual(keys);
    });
  });

  describe("Organization.people(asOf:)", () => {
    const PEOPLE = `query ($slug: String!, $asOf: Date) {
      entity(slug: $slug) { ... on Organization { people(asOf: $asOf) { totalCount edges { title node { slug } from { text } to { text } } } } }
    }`;
    const people = async (slug: string, asOf?: string) => {
      const data = await query(PEOPLE, { slug, asOf });
      return data.entity.people.edges.map((e: any) => `${e.node.slug}:${e.title}`).sort();
    };

    it("lists everyone with a role, founders included, without asOf", async () => {
      expect(await people("moonshot-ai")).toEqual(["yang-zhilin:Founder", "zhang-yutao:CTO", "zhang-yutao:Founder"]);
      expect(await people("01-ai")).toEqual(["huang-wenhao:Head of pre-training"]);
    });

    it("keeps a role whose end (2024-H2) is not before the day, and drops it after the end", async () => {
      expect(await people("01-ai", "2024-06-30")).toEqual(["huang-wenhao:Head of pre-training"]);
      // Within the half-year the role may still have been held: its end is not before the day.
      expect(await people("01-ai", "2024-09-15")).toEqual(["huang-wenhao:Head of pre-training"]);
      expect(await people("01-ai", "2025-01-01")).toEqual([]);
    });

    describe("a role with a start date", () => {
      beforeAll(async () => {
        await t.db.runStatement(
          `MATCH (o:Entity {slug: '01-ai'})
           CREATE (p:Entity:Person {slug: 'test-asof-person', name: 'Test Person', sortName: 'test person', type: 'PERSON', kinds: []})
           CREATE (p)-[:WORKS_AT {key: 'test-asof', title: 'Advisor', certainty: 'CONFIRMED',
             dateText: '2025-03', datePrecision: 'MONTH', dateStart: date('2025-03-01'), dateEnd: date('2025-03-31'),
             citationSources: ['tech-planet-2024-12-06'], citationQuotes: ['Tech Planet']}]->(o)`,
        );
      });
      afterAll(async () => {
        await t.db.runStatement("MATCH (p:Entity {slug: 'test-asof-person'}) DETACH DELETE p");
      });

      it("is dropped before its start period and kept from it on", async () => {
        expect(await people("01-ai", "2025-02-28")).toEqual([]);
        expect(await people("01-ai", "2025-03-15")).toEqual(["test-asof-person:Advisor"]);
        expect(await people("01-ai", "2030-01-01")).toEqual(["test-asof-person:Advisor"]);
        expect(await people("01-ai")).toEqual(["huang-wenhao:Head of pre-training", "test-asof-person:Advisor"]);
      });
    });

    it("keeps roles with no stated start or end (founders, a role merely mentioned) on any day", async () => {
      expect(await people("moonshot-ai", "2020-01-01")).toEqual(await people("moonshot-ai"));
      expect(await people("gsr-ventures", "2020-01-01")).toContain("zhu-xiaohu:Managing Partner");
    });

    it("rejects a malformed asOf", async () => {
      const res = await t.query(PEOPLE, { slug: "01-ai", asOf: "2024-9-1" });
      expect(res.errors?.length).toBeGreaterThan(0);
    });
  });
});
