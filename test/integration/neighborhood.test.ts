import "reflect-metadata";
import neo4j from "neo4j-driver";
import { seededGlobalId } from "../../src/common/global-id";
import { neighborhoodQuery } from "../../src/graph/neighborhood/neighborhood.repository";
import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";
import { explainOperators, scansIn, seeksIn } from "../helpers/explain";
import { isReferenceOnly, referenceOnlyEdges } from "../helpers/reference-facts";
import {
  createMetricAliasPair,
  forceWholeRead,
  MetricAliasPair,
  NODE_FRAGMENT,
  removeMetricAliasPair,
  sourceTextsBySlug,
  withoutForcedFields,
} from "../helpers/traversal-fixtures";

interface Edge {
  id: string;
  fromId: string;
  toId: string;
  from: { id: string };
  to: { id: string };
  relationship: string;
  role: string | null;
  title: string | null;
  date: { text: string } | null;
  certainty: string | null;
  eventId: string | null;
  event: { __typename: string; slug: string } | null;
  citations: { quote: string; source: { slug: string } }[];
}
interface Subgraph {
  truncated: boolean;
  center: { id: string };
  nodes: { __typename: string; id: string; slug: string }[];
  edges: Edge[];
}

const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $first: Int) {
  neighborhood(id: $id, depth: $depth, first: $first) {
    truncated
    center { id }
    nodes { __typename id ... on Entity { slug } ... on Event { slug } }
    edges {
      id fromId toId from { id } to { id } relationship role title date { text } certainty eventId
      event { __typename slug }
      citations { quote source { slug } }
    }
  }
}`;

const entity = (slug: string) => seededGlobalId("Entity", slug);
const event = (slug: string) => seededGlobalId("Event", slug);
const ARBITRATION = "gsr-ventures-arbitration-against-moonshot-founders-2024-11";
const STATEMENT = "zhu-xiaohu-moments-posts-2024-12-05";
/** Zhu Xiaohu's answer to Yang Zhilin, as the SCMP relays it (a reference source). */
const REJOINDER = "zhu-xiaohu-rejoinder-to-yang-zhilin-2024";
const ENTITY_OR_EVENT = new Set([
  "Organization",
  "Person",
  "Product",
  "Market",
  "FundingRound",
  "Acquisition",
  "LegalAction",
  "PriceChange",
  "TalentMove",
  "LicensingDeal",
  "ProductLaunch",
  "Statement",
  "Layoff",
]);

describe("neighborhood", () => {
  let t: TestApi;
  let sourceTexts: Map<string, string>;

  beforeAll(async () => {
    t = await startTestApi();
    sourceTexts = await sourceTextsBySlug(t.db);
  });
  afterAll(async () => t?.close());

  async function neighborhood(variables: Record<string, unknown>): Promise<Subgraph> {
    const res = await t.query<{ neighborhood: Subgraph }>(NEIGHBORHOOD, variables);
    expectNoErrors(res);
    return res.data!.neighborhood;
  }
  const slugs = (g: Subgraph) => g.nodes.map((n) => n.slug);

  const referenceOnly = referenceOnlyEdges();

  /** Nodes are distinct entities or events, centre first; every edge joins two of them and is cited verbatim. */
  function expectWellFormed(g: Subgraph, centerId: string) {
    expect(g.center.id).toBe(centerId);
    expect(g.nodes[0].id).toBe(centerId);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(g.nodes.length);
    for (const node of g.nodes) expect(ENTITY_OR_EVENT.has(node.__typename)).toBe(true);
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
    for (const edge of g.edges) {
      expect(ids.has(edge.fromId)).toBe(true);
      expect(ids.has(edge.toId)).toBe(true);
      expect(edge.from.id).toBe(edge.fromId);
      expect(edge.to.id).toBe(edge.toId);
      expect(edge.certainty).not.toBeNull();
      // Cited verbatim, unless only a reference source (no stored text: a note in a claim) states it.
      if (edge.citations.length === 0) {
        const shown = [edge.relationship, edge.fromId, edge.toId];
        expect([...shown, isReferenceOnly(referenceOnly, edge.relationship, edge.fromId, edge.toId, edge.eventId)]).toEqual([
          ...shown,
          true,
        ]);
      }
      for (const citation of edge.citations) {
        expect(citation.quote.trim()).not.toBe("");
        expect(sourceTexts.get(citation.source.slug)).toContain(citation.quote);
      }
    }
  }

  it("draws Zhu Xiaohu's direct neighbours by default (depth 1): his firm, his statement and his rejoinder (SCMP)", async () => {
    const g = await neighborhood({ id: entity("zhu-xiaohu") });
    expectWellFormed(g, entity("zhu-xiaohu"));
    expect(g.truncated).toBe(false);
    expect([...slugs(g)].sort()).toEqual(["gsr-ventures", "zhu-xiaohu", STATEMENT, REJOINDER].sort());
    expect(g.edges.find((e) => e.relationship === "WORKS_AT")).toMatchObject({
      fromId: entity("zhu-xiaohu"),
      toId: entity("gsr-ventures"),
      title: "Managing Partner",
      date: null, // the article shows the role held on 2024-12-05, not when it began
      eventId: null,
      event: null,
    });
    // Relationships between neighbours are drawn too: GSR Ventures is a subject of the statement.
    expect(g.edges.map((e) => [e.fromId, e.relationship, e.toId, e.role])).toEqual(
      expect.arrayContaining([
        [entity("zhu-xiaohu"), "PARTICIPATED_IN", event(STATEMENT), "SPEAKER"],
        [entity("gsr-ventures"), "PARTICIPATED_IN", event(STATEMENT), "SUBJECT"],
        [entity("zhu-xiaohu"), "PARTICIPATED_IN", event(REJOINDER), "SPEAKER"],
      ]),
    );
    expect(g.edges).toHaveLength(4);
  });

  it("reaches further at depth 2 (Yang Zhilin, the arbitration) and further still at depth 3", async () => {
    const [one, two, three] = await Promise.all([1, 2, 3].map((depth) => neighborhood({ id: entity("zhu-xiaohu"), depth })));
    for (const g of [two, three]) expectWellFormed(g, entity("zhu-xiaohu"));
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(three.nodes.length).toBeGreaterThan(two.nodes.length);
    expect(slugs(two)).toEqual(expect.arrayContaining([...slugs(one), "yang-zhilin", "moonshot-ai", ARBITRATION]));
    expect(slugs(three)).toEqual(expect.arrayContaining(slugs(two)));
    expect(two.edges.length).toBeGreaterThan(one.edges.length);
  });

  it("lists nodes nearest first", async () => {
    const g = await neighborhood({ id: entity("zhu-xiaohu"), depth: 2 });
    const depthOne = new Set(["gsr-ventures", STATEMENT]);
    expect(new Set(slugs(g).slice(1, 3))).toEqual(depthOne);
  });

  it("carries the event on participation edges and on relationships derived from an event", async () => {
    const g = await neighborhood({ id: entity("gsr-ventures") });
    expectWellFormed(g, entity("gsr-ventures"));
    const claimant = g.edges.find((e) => e.relationship === "PARTICIPATED_IN" && e.toId === event(ARBITRATION));
    expect(claimant).toMatchObject({
      fromId: entity("gsr-ventures"),
      role: "CLAIMANT",
      eventId: event(ARBITRATION),
      event: { __typename: "LegalAction", slug: ARBITRATION },
      date: { text: "2024-11" },
    });
    const sued = g.edges.find((e) => e.relationship === "SUED" && e.toId === entity("yang-zhilin"));
    expect(sued).toMatchObject({ fromId: entity("gsr-ventures"), eventId: event(ARBITRATION), event: { slug: ARBITRATION }, role: null });
  });

  it("keeps at most first nodes, the nearest, and says it truncated", async () => {
    const full = await neighborhood({ id: entity("zhu-xiaohu"), depth: 2 });
    const small = await neighborhood({ id: entity("zhu-xiaohu"), depth: 2, first: 4 });
    expectWellFormed(small, entity("zhu-xiaohu"));
    expect(full.truncated).toBe(false);
    expect(small.truncated).toBe(true);
    expect(slugs(small)).toEqual(slugs(full).slice(0, 4));
    expect(small.edges.length).toBeLessThan(full.edges.length);
    const alone = await neighborhood({ id: entity("zhu-xiaohu"), first: 1 });
    expect(alone).toMatchObject({ truncated: true, edges: [], nodes: [{ slug: "zhu-xiaohu" }] });
    const exact = await neighborhood({ id: entity("zhu-xiaohu"), first: 4 });
    expect(exact.truncated).toBe(false);
  });

  it("gives every edge a stable id", async () => {
    const a = await neighborhood({ id: entity("zhu-xiaohu"), depth: 2 });
    const b = await neighborhood({ id: entity("yang-zhilin"), depth: 2 });
    const idsByEnds = (g: Subgraph) => new Map(g.edges.map((e) => [`${e.fromId}|${e.relationship}|${e.role}|${e.toId}|${e.title}`, e.id]));
    const fromA = idsByEnds(a);
    let shared = 0;
    for (const [key, id] of idsByEnds(b)) {
      if (fromA.has(key)) {
        shared += 1;
        expect(id).toBe(fromA.get(key));
      }
    }
    expect(shared).toBeGreaterThan(3);
  });

  it("centres on an event", async () => {
    const g = await neighborhood({ id: event(ARBITRATION) });
    expectWellFormed(g, event(ARBITRATION));
    expect([...slugs(g)].sort()).toEqual(
      // HKIAC, the venue, from the SCMP's claim on the arbitration.
      [ARBITRATION, "gsr-ventures", "hkiac", "moonshot-ai", "recurrent-ai", "recurrent-ai-investors", "yang-zhilin", "zhang-yutao"].sort(),
    );
  });

  describe("reads of the subgraph only what the operation selects (src/graph/compile/traversal-projection.ts)", () => {
    // Each selection is asked alone and with fields that make the statement read the subgraph whole.
    const selections: [string, string, string][] = [
      ["the bench's", "truncated nodes { id ... on Entity { name } ... on Event { title } } edges { id fromId toId relationship }", ""],
      [
        "nodes, the centre and edge ends through fragments",
        "center { ...N } nodes { ...N } edges { eventId from { ...N } to { ...N } }",
        NODE_FRAGMENT,
      ],
      [
        "the edges' facts",
        "edges { id relationship role jobTitle date { text } certainty disputed claimCount event { slug title } citations { quote } }",
        "",
      ],
    ];
    const centres = [
      ["zhu-xiaohu", entity("zhu-xiaohu")],
      ["the arbitration", event(ARBITRATION)],
    ];
    it.each(selections.flatMap(([what, subgraph, fragments]) => centres.map(([name, id]) => [what, name, subgraph, fragments, id])))(
      "answers %s selection around %s as when everything is read",
      async (_what, _name, subgraph, fragments, id) => {
        const ask = async (selection: string) => {
          const res = await t.query<any>(`query ($id: ID!) { neighborhood(id: $id, depth: 2, first: 30) { ${selection} } } ${fragments}`, {
            id,
          });
          expectNoErrors(res);
          return res.data;
        };
        const narrow = await ask(subgraph);
        expect(JSON.stringify(narrow).length).toBeGreaterThan(200);
        expect(narrow).toEqual(withoutForcedFields(await ask(`${subgraph} ${forceWholeRead("edges")}`)));
      },
    );
  });

  describe("never through metrics, aliases or sources", () => {
    let pair: MetricAliasPair;
    beforeAll(async () => {
      pair = await createMetricAliasPair(t.db, "test-neighborhood", "Neighbourhood Test");
    });
    afterAll(async () => removeMetricAliasPair(t.db, pair));

    it("leaves an entity linked only through a metric and an alias alone", async () => {
      const g = await neighborhood({ id: entity(pair.subject), depth: 3 });
      expect(g).toMatchObject({ truncated: false, edges: [], nodes: [{ slug: pair.subject }] });
    });
  });

  describe("bounded Cypher round trips", () => {
    it("runs one query for nodes, edges and their citations", async () => {
      const res = await t.query(
        `query ($id: ID!) { neighborhood(id: $id, depth: 3, first: 200) {
          truncated nodes { id ... on Entity { name aliases { name } } ... on Event { title } }
          edges { id fromId toId relationship role title date { text } certainty eventId citations { quote } from { id } to { id } }
        } }`,
        { id: entity("zhu-xiaohu") },
      );
      expectNoErrors(res);
      expect(res.extensions?.cypherQueries).toBe(1);
    });

    it("adds at most one batched query per nested level (events, participants, sources)", async () => {
      const res = await t.query(
        `query ($id: ID!) { neighborhood(id: $id, depth: 3) {
          edges { event { title participants { role entity { name } } } citations { source { title } } }
        } }`,
        { id: entity("zhu-xiaohu") },
      );
      expectNoErrors(res);
      expect(res.data!.neighborhood.edges.length).toBeGreaterThan(10);
      expect(res.extensions?.cypherQueries).toBeLessThanOrEqual(4);
    });
  });

  it.each([1, 2, 3])(
    "plans depth %d from unique-index seeks of the centre, scanning no label, bounded at that many hops",
    async (depth) => {
      const operators = await explainOperators(t.db, neighborhoodQuery(depth), {
        entity: "zhu-xiaohu",
        event: null,
        first: neo4j.int(50),
        maxEdges: neo4j.int(1000),
      });
      expect(scansIn(operators)).toEqual([]);
      const seeks = seeksIn(operators);
      expect(seeks).toContainEqual(expect.stringContaining("centerEntity:Entity(slug)"));
      expect(seeks).toContainEqual(expect.stringContaining("centerEvent:Event(slug)"));
      const search = operators.find((o) => o.operator.startsWith("StatefulShortestPath"));
      expect(search?.details).toContain(`{1, ${depth}}`);
    },
  );

  describe("errors", () => {
    it.each([
      [{ id: "not-an-id" }, "id"],
      [{ id: seededGlobalId("Source", "tech-planet-2024-12-06") }, "id"],
      [{ id: entity("zhu-xiaohu"), depth: 0 }, "depth"],
      [{ id: entity("zhu-xiaohu"), depth: 4 }, "depth"],
      [{ id: entity("zhu-xiaohu"), first: 0 }, "first"],
      [{ id: entity("zhu-xiaohu"), first: 201 }, "first"],
    ])("rejects %j as BAD_USER_INPUT naming %s", async (variables, argument) => {
      const res = await t.query(NEIGHBORHOOD, variables);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(res.data?.neighborhood ?? null).toBeNull();
    });

    it("answers an unknown id with NOT_FOUND naming id", async () => {
      const res = await t.query(NEIGHBORHOOD, { id: entity("no-such-entity") });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argument: "id", id: entity("no-such-entity") });
      expect(res.data?.neighborhood ?? null).toBeNull();
    });
  });
});
