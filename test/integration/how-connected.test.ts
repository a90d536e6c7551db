import "reflect-metadata";
import neo4j from "neo4j-driver";
import { seededGlobalId } from "../../src/common/global-id";
import { howConnectedQuery } from "../../src/graph/paths/path.repository";
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

interface NodeRef {
  __typename: string;
  id: string;
  slug: string;
}
interface Step {
  from: { id: string };
  to: { id: string };
  relationship: string;
  direction: "OUTGOING" | "INCOMING";
  role: string | null;
  certainty: string | null;
  date: { text: string } | null;
  event: { __typename: string; slug: string } | null;
  citations: { quote: string; source: { slug: string } }[];
}
interface Path {
  length: number;
  nodes: NodeRef[];
  steps: Step[];
}

const HOW_CONNECTED = `query ($fromId: ID!, $toId: ID!, $maxHops: Int, $first: Int) {
  howConnected(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: $first) {
    length
    nodes { __typename id ... on Entity { slug } ... on Event { slug } }
    steps {
      from { id } to { id } relationship direction role certainty date { text }
      event { __typename slug }
      citations { quote source { slug } }
    }
  }
}`;

const entity = (slug: string) => seededGlobalId("Entity", slug);
const event = (slug: string) => seededGlobalId("Event", slug);
const ARBITRATION = "gsr-ventures-arbitration-against-moonshot-founders-2024-11";
const TRAVERSED = new Set([
  "FOUNDED",
  "WORKS_AT",
  "OWNS",
  "SUBSIDIARY_OF",
  "INVESTED_IN",
  "PARTNER_OF",
  "POSITIONED_IN",
  "ACQUIRED",
  "SUED",
  "JOINED",
  "LICENSED",
  "PARTICIPATED_IN",
]);

describe("howConnected", () => {
  let t: TestApi;
  let sourceTexts: Map<string, string>;

  beforeAll(async () => {
    t = await startTestApi();
    sourceTexts = await sourceTextsBySlug(t.db);
  });
  afterAll(async () => t?.close());

  async function howConnected(variables: Record<string, unknown>): Promise<Path[]> {
    const res = await t.query<{ howConnected: Path[] }>(HOW_CONNECTED, variables);
    expectNoErrors(res);
    return res.data!.howConnected;
  }
  const slugs = (path: Path) => path.nodes.map((n) => n.slug);

  /** Every path is a chain from the first to the last node whose every step is cited verbatim. */
  const referenceOnly = referenceOnlyEdges();

  function expectWellFormed(path: Path, fromId: string, toId: string) {
    expect(path.length).toBe(path.steps.length);
    expect(path.nodes).toHaveLength(path.length + 1);
    expect(path.nodes[0].id).toBe(fromId);
    expect(path.nodes[path.length].id).toBe(toId);
    expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
    path.steps.forEach((step, i) => {
      expect(step.from.id).toBe(path.nodes[i].id);
      expect(step.to.id).toBe(path.nodes[i + 1].id);
      expect(TRAVERSED.has(step.relationship)).toBe(true);
      // Cited verbatim, unless only a reference source (no stored text: a note in a claim) states it.
      if (step.citations.length === 0) {
        const shown = [step.relationship, step.from.id, step.to.id];
        expect([
          ...shown,
          isReferenceOnly(referenceOnly, step.relationship, step.from.id, step.to.id, step.event && event(step.event.slug)),
        ]).toEqual([...shown, true]);
      }
      for (const citation of step.citations) {
        expect(citation.quote.trim()).not.toBe("");
        expect(sourceTexts.get(citation.source.slug)).toContain(citation.quote);
      }
    });
  }

  describe("between Zhu Xiaohu (GSR Ventures) and Yang Zhilin (Moonshot AI)", () => {
    const fromId = entity("zhu-xiaohu");
    const toId = entity("yang-zhilin");

    it("returns the 3 shortest paths by default, each step cited with a verbatim quote", async () => {
      const paths = await howConnected({ fromId, toId });
      expect(paths).toHaveLength(3);
      for (const path of paths) expectWellFormed(path, fromId, toId);
      expect(paths[0].length).toBe(2);
      expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort((a, b) => a - b));
    });

    it("goes through GSR Ventures and the arbitration it brought, naming the event behind SUED", async () => {
      const [first] = await howConnected({ fromId, toId });
      expect(slugs(first)).toEqual(["zhu-xiaohu", "gsr-ventures", "yang-zhilin"]);
      expect(first.steps.map((s) => [s.relationship, s.direction])).toEqual([
        ["WORKS_AT", "OUTGOING"],
        ["SUED", "OUTGOING"],
      ]);
      expect(first.steps[0].event).toBeNull();
      expect(first.steps[1].event).toEqual({ __typename: "LegalAction", slug: ARBITRATION });
      expect(first.steps[1].date?.text).toBe("2024-11");
    });

    it("also goes through events both took part in, with the roles and the event's evidence", async () => {
      const paths = await howConnected({ fromId, toId, first: 10 });
      const viaStatement = paths.find((p) => p.length === 2 && p.nodes[1].__typename === "Statement");
      expect(viaStatement).toBeDefined();
      expect(viaStatement!.steps.map((s) => [s.relationship, s.direction, s.role])).toEqual([
        ["PARTICIPATED_IN", "OUTGOING", "SPEAKER"],
        ["PARTICIPATED_IN", "INCOMING", "SUBJECT"],
      ]);
      for (const step of viaStatement!.steps) expect(step.event).toEqual({ __typename: "Statement", slug: viaStatement!.nodes[1].slug });
      // The investment behind the arbitration: GSR Ventures invested in Recurrent AI, which Yang Zhilin founded.
      expect(paths.map(slugs)).toContainEqual(["zhu-xiaohu", "gsr-ventures", "recurrent-ai", "yang-zhilin"]);
    });

    it("returns up to first distinct simple paths, shortest first, none longer than maxHops", async () => {
      const paths = await howConnected({ fromId, toId, first: 10, maxHops: 4 });
      expect(paths).toHaveLength(10);
      for (const path of paths) {
        expectWellFormed(path, fromId, toId);
        expect(path.length).toBeLessThanOrEqual(4);
      }
      const lengths = paths.map((p) => p.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      const keys = paths.map((p) => p.steps.map((s, i) => `${p.nodes[i].id}-${s.relationship}-${s.role}`).join("/"));
      expect(new Set(keys).size).toBe(keys.length);
    });

    it("honours maxHops: none within 1 hop, only 2-hop paths within 2", async () => {
      expect(await howConnected({ fromId, toId, maxHops: 1 })).toEqual([]);
      const paths = await howConnected({ fromId, toId, maxHops: 2, first: 10 });
      expect(paths.length).toBeGreaterThanOrEqual(2);
      expect(new Set(paths.map((p) => p.length))).toEqual(new Set([2]));
    });

    it("walks the relationships backwards from the other end (direction INCOMING)", async () => {
      const [first] = await howConnected({ fromId: toId, toId: fromId });
      expect(slugs(first)).toEqual(["yang-zhilin", "gsr-ventures", "zhu-xiaohu"]);
      expect(first.steps.map((s) => [s.relationship, s.direction])).toEqual([
        ["SUED", "INCOMING"],
        ["WORKS_AT", "INCOMING"],
      ]);
    });
  });

  it("starts from or ends at an event", async () => {
    const [path] = await howConnected({ fromId: event(ARBITRATION), toId: entity("zhu-xiaohu"), first: 1 });
    expectWellFormed(path, event(ARBITRATION), entity("zhu-xiaohu"));
    expect(slugs(path)).toEqual([ARBITRATION, "gsr-ventures", "zhu-xiaohu"]);
    expect(path.steps[0]).toMatchObject({ relationship: "PARTICIPATED_IN", direction: "INCOMING", role: "CLAIMANT" });
  });

  it("returns an empty list when nothing connects the two within maxHops", async () => {
    expect(await howConnected({ fromId: entity("zhu-xiaohu"), toId: entity("doubao"), maxHops: 6 })).toEqual([]);
  });

  it("answers the same id at both ends with one path of length 0", async () => {
    const paths = await howConnected({ fromId: entity("moonshot-ai"), toId: entity("moonshot-ai") });
    expect(paths).toEqual([
      { length: 0, nodes: [{ __typename: "Organization", id: entity("moonshot-ai"), slug: "moonshot-ai" }], steps: [] },
    ]);
  });

  describe("reads of the paths only what the operation selects (src/graph/compile/traversal-projection.ts)", () => {
    // Each selection is asked alone and with fields that make the statement read the paths whole.
    const selections: [string, string, string][] = [
      ["the bench's", "length nodes { id ... on Entity { name } ... on Event { title } } steps { relationship direction }", ""],
      ["nodes and step ends through fragments", "nodes { ...N } steps { from { ...N } to { ...N } }", NODE_FRAGMENT],
      [
        "the steps' facts",
        "steps { relationship direction role jobTitle date { text } certainty disputed claimCount event { slug title } citations { quote } }",
        "",
      ],
    ];
    const ends = [
      ["zhu-xiaohu", "yang-zhilin", entity("zhu-xiaohu"), entity("yang-zhilin")],
      ["the arbitration", "zhu-xiaohu", event(ARBITRATION), entity("zhu-xiaohu")],
      ["the arbitration", "itself", event(ARBITRATION), event(ARBITRATION)],
    ];
    it.each(
      selections.flatMap(([what, paths, fragments]) => ends.map(([a, b, fromId, toId]) => [what, a, b, paths, fragments, fromId, toId])),
    )("answers %s selection from %s to %s as when everything is read", async (_what, _a, _b, paths, fragments, fromId, toId) => {
      const ask = async (selection: string) => {
        const res = await t.query<any>(
          `query ($fromId: ID!, $toId: ID!) {
              howConnected(fromId: $fromId, toId: $toId, maxHops: 4, first: 5) { ${selection} }
              howConnectedConnection(fromId: $fromId, toId: $toId, maxHops: 4, first: 2) { totalCount pageInfo { endCursor } edges { cursor node { ${selection} } } }
            } ${fragments}`,
          { fromId, toId },
        );
        expectNoErrors(res);
        return res.data;
      };
      const narrow = await ask(paths);
      expect(narrow.howConnected.length).toBeGreaterThan(0);
      expect(narrow).toEqual(withoutForcedFields(await ask(`${paths} ${forceWholeRead("steps")}`)));
    });
  });

  describe("never through metrics, aliases or sources", () => {
    // Two temporary entities linked only through a metric and a shared alias; then a direct
    // investment, which must be found.
    let pair: MetricAliasPair;
    beforeAll(async () => {
      pair = await createMetricAliasPair(t.db, "test-paths", "Paths Test");
    });
    afterAll(async () => removeMetricAliasPair(t.db, pair));

    it("finds no path through a metric or an alias, then the direct relationship once there is one", async () => {
      expect(await howConnected({ fromId: entity(pair.subject), toId: entity(pair.reporter), maxHops: 6 })).toEqual([]);
      await t.db.runStatement(
        `MATCH (a:Entity {slug: $a}), (b:Entity {slug: $b})
         CREATE (b)-[:INVESTED_IN {key: 'test-paths', certainty: 'CONFIRMED', citationSources: ['tech-planet-2024-12-06'], citationQuotes: ['Moonshot AI']}]->(a)`,
        { a: pair.subject, b: pair.reporter },
      );
      const paths = await howConnected({ fromId: entity(pair.subject), toId: entity(pair.reporter), maxHops: 6, first: 10 });
      expect(paths).toHaveLength(1);
      expect(paths[0].steps).toMatchObject([{ relationship: "INVESTED_IN", direction: "INCOMING", certainty: "CONFIRMED" }]);
    });
  });

  describe("bounded Cypher round trips", () => {
    it("runs one query for paths with their nodes, steps and citations", async () => {
      const res = await t.query(
        `query ($a: ID!, $b: ID!) { howConnected(fromId: $a, toId: $b, first: 10) {
          length nodes { id ... on Entity { name aliases { name } } ... on Event { title date { text } } }
          steps { relationship direction role date { text } certainty citations { quote } }
        } }`,
        { a: entity("zhu-xiaohu"), b: entity("yang-zhilin") },
      );
      expectNoErrors(res);
      expect(res.extensions?.cypherQueries).toBe(1);
    });

    it("adds at most one batched query per nested level (events, participants, sources)", async () => {
      const res = await t.query(
        `query ($a: ID!, $b: ID!) { howConnected(fromId: $a, toId: $b, first: 10) {
          steps { event { title participants { role entity { name } } } citations { source { title } } }
        } }`,
        { a: entity("zhu-xiaohu"), b: entity("yang-zhilin") },
      );
      expectNoErrors(res);
      expect(res.data!.howConnected).toHaveLength(10);
      expect(res.extensions?.cypherQueries).toBeLessThanOrEqual(4);
    });
  });

  it.each([1, 2, 3, 4, 5, 6])(
    "plans maxHops %d from unique-index seeks of both ends, scanning no label, bounded at that many hops",
    async (maxHops) => {
      const operators = await explainOperators(t.db, howConnectedQuery(maxHops), {
        fromEntity: "zhu-xiaohu",
        fromEvent: null,
        toEntity: null,
        toEvent: ARBITRATION,
        first: neo4j.int(3),
      });
      expect(scansIn(operators)).toEqual([]);
      const seeks = seeksIn(operators);
      for (const end of ["fromEntity:Entity(slug)", "fromEvent:Event(slug)", "toEntity:Entity(slug)", "toEvent:Event(slug)"]) {
        expect(seeks).toContainEqual(expect.stringContaining(end));
      }
      const search = operators.find((o) => o.operator.startsWith("StatefulShortestPath"));
      expect(search?.details).toContain(`{1, ${maxHops}}`);
    },
  );

  describe("errors", () => {
    it.each([
      [{ fromId: "not-an-id", toId: entity("yang-zhilin") }, "fromId"],
      [{ fromId: entity("zhu-xiaohu"), toId: "%%%" }, "toId"],
      [{ fromId: entity("zhu-xiaohu"), toId: seededGlobalId("Source", "tech-planet-2024-12-06") }, "toId"],
      [{ fromId: entity("zhu-xiaohu"), toId: entity("yang-zhilin"), maxHops: 0 }, "maxHops"],
      [{ fromId: entity("zhu-xiaohu"), toId: entity("yang-zhilin"), maxHops: 7 }, "maxHops"],
      [{ fromId: entity("zhu-xiaohu"), toId: entity("yang-zhilin"), first: 0 }, "first"],
      [{ fromId: entity("zhu-xiaohu"), toId: entity("yang-zhilin"), first: 11 }, "first"],
    ])("rejects %j as BAD_USER_INPUT naming %s", async (variables, argument) => {
      const res = await t.query(HOW_CONNECTED, variables);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(res.data?.howConnected ?? null).toBeNull();
    });

    it.each([
      [{ fromId: entity("no-such-entity"), toId: entity("yang-zhilin") }, "fromId"],
      [{ fromId: entity("zhu-xiaohu"), toId: event("no-such-event") }, "toId"],
      [{ fromId: entity("no-such-entity"), toId: entity("no-such-entity") }, "fromId"],
    ])("answers unknown ids %j with NOT_FOUND naming %s", async (variables, argument) => {
      const res = await t.query(HOW_CONNECTED, variables);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argument });
      expect(res.data?.howConnected ?? null).toBeNull();
    });
  });
});
