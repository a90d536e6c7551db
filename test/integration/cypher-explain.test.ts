import "reflect-metadata";
import neo4j from "neo4j-driver";
import { allQueryNames, cypher, generatedQuery, unionAll } from "../../src/db/cypher-files";
import { ConnectionName, RELATIONSHIP_CONNECTIONS } from "../../src/common/vocabulary";
import { entityListQuery, EntityListLabel } from "../../src/graph/entity-list/entity-list.repository";
import { EntityOrderField } from "../../src/graph/entity-list/entity-list.args";
import { eventListQuery, EventFilterShape } from "../../src/graph/event/event.repository";
import { howConnectedQuery } from "../../src/graph/paths/path.repository";
import { neighborhoodQuery } from "../../src/graph/neighborhood/neighborhood.repository";
import {
  relationshipQueryName,
  relationshipsQuery,
  RelationshipSelection,
  relationshipVariant,
} from "../../src/graph/relationship/relationship.repository";
import { sourceListQueryName } from "../../src/graph/source/source.repository";
import { startTestApi, TestApi } from "../helpers/api";
import { buildAppSchema } from "../../src/schema";
import { compiledEntityParams, compiledEntityText } from "../../src/graph/compile/statement";
import { planOfQuery } from "../helpers/plan-of-query";
import { describeOperator, explainOperators, PlanOperator } from "../helpers/explain";

// Issue 4: "Every query the API sends is index-backed (EXPLAIN shows no label scan on large labels for
// lookups by id, slug or alias)". Every read query file is EXPLAINed against the test database, and
// the templated ones in every combination of their whitelisted fragments.

/** Queries that read the whole graph on purpose: counts for the loader, start-up and the citations test; every API key for `keys list`. */
// record-change and save-idempotency-record only CREATE: nothing to look up.
const WHOLE_GRAPH = new Set([
  "count-graph",
  "count-graph-data",
  "list-citations",
  "list-api-keys",
  "record-change",
  "save-idempotency-record",
]);
/**
 * Generated queries (cypher/templates/) that are checked like the lookups, at the default bound of
 * their field; list-entities, list-events and get-relationships are checked below in every variant.
 */
const GENERATED_LOOKUPS: Record<string, () => string> = {
  "how-connected": () => howConnectedQuery(4),
  neighborhood: () => neighborhoodQuery(2),
  "neighborhood-with-metrics": () => neighborhoodQuery(2, { metrics: true, sources: false }),
  "neighborhood-with-sources": () => neighborhoodQuery(2, { metrics: true, sources: true }),
};
const textOf = (name: string) => (GENERATED_LOOKUPS[name] ? GENERATED_LOOKUPS[name]() : cypher(name));
/** Labels whose scan a lookup must never need. */
const LOOKUP_LABELS = ["Entity", "Organization", "Person", "Product", "Market", "Event", "Metric", "Source", "Alias", "Claim"];

/** The index seek each lookup query must start from (the operator details as Neo4j prints them). */
const EXPECTED_SEEKS: Record<string, RegExp[]> = {
  "bump-data-version": [/:DataVersion\(id\)/],
  "create-api-key": [/:ApiKey\(name\)/],
  "find-api-key": [/:ApiKey\(keyId\)/],
  "get-data-version": [/:DataVersion\(id\)/],
  "revoke-api-key": [/:ApiKey\(name\)/],
  "find-entities-by-keys": [/:Entity\(slug\)/, /:Alias\(normalized\)/],
  "get-backings-by-founder-slugs": [/:Entity\(slug\)/],
  "get-claims-by-fact-keys": [/:Claim\(factKey\)/],
  "get-claims-by-source-slugs": [/:Claim\(sourceSlug\)/],
  "get-entities-by-slugs": [/:Entity\(slug\)/],
  "get-events-by-participant-slugs": [/:Entity\(slug\)/],
  "get-events-by-slugs": [/:Event\(slug\)/],
  "get-existing-event-slugs": [/:Event\(slug\)/],
  "get-events-by-source-slugs": [/:Source\(slug\)/],
  "get-mentions-by-source-slugs": [/:Source\(slug\)/],
  "get-sources-by-mentioned-slugs": [/:Entity\(slug\)/],
  "get-backings-by-investor-slugs": [/:Entity\(slug\)/],
  "get-co-investors-by-investor-slugs": [/:Entity\(slug\)/],
  "get-fellow-founders-by-founder-slugs": [/:Entity\(slug\)/],
  "get-metrics-by-slugs": [/:Metric\(slug\)/],
  "get-node-slugs-by-uids": [/:Entity\(uid\)/, /:Redirect\(fromUid\)/, /:Event\(uid\)/, /:Metric\(uid\)/, /:Source\(uid\)/],
  "get-metrics-by-entity-slugs": [/:Entity\(slug\)/],
  "get-participants-by-event-slugs": [/:Event\(slug\)/],
  "get-sources-by-slugs": [/:Source\(slug\)/],
  "get-summaries-by-entity-slugs": [/:Entity\(slug\)/],
  "how-connected": [/:Entity\(slug\)/, /:Event\(slug\)/],
  neighborhood: [/:Entity\(slug\)/, /:Event\(slug\)/],
  "neighborhood-with-metrics": [/:Entity\(slug\)/, /:Event\(slug\)/],
  "neighborhood-with-sources": [/:Entity\(slug\)/, /:Event\(slug\)/],
  "search-entities": [/:Alias\(normalized\)/],
  // The curation writes' reads and lookups (src/graph/curation, src/graph/change).
  "bump-entity-version": [/:Entity\(slug\)/],
  "count-changes": [/:ChangeCounter\(id\)/],
  "count-changes-by-target": [/:Change\(target\)/],
  "delete-alias": [/:Alias\(entitySlug, normalized\)/],
  "get-alias": [/:Alias\(entitySlug, normalized\)/],
  "get-changes": [/:Change\(seq\)/],
  "get-changes-by-target": [/:Change\(target\)/],
  "get-latest-change-seq": [/:ChangeCounter\(id\)/],
  "poll-changes": [/:Change\(seq\)/],
  "get-claim": [/:Claim\(key\)/],
  "get-event-or-metric-exists": [/:Event\(slug\)/, /:Metric\(slug\)/],
  "get-existing-entities": [/:Entity\(slug\)/],
  "get-fact-claim-count": [/:Claim\(factKey\)/],
  "get-idempotency-record": [/:IdempotencyRecord\(key\)/],
  "get-source-for-citation": [/:Source\(slug\)/],
  "lock-entity": [/:Entity\(slug\)/],
  "next-change-seq": [/:ChangeCounter\(id\)/],
  "retract-claim": [/:Claim\(key\)/],
  "update-entity": [/:Entity\(slug\)/, /:Alias\(entitySlug, normalized\)/],
  "delete-idempotency-record": [/:IdempotencyRecord\(key\)/],
  "prune-idempotency-records": [/:IdempotencyRecord\(at\)/],
  "record-changes": [/:ChangeCounter\(id\)/],
  // The seed load's audit trail (src/seed/seed.audit.ts).
  "get-seed-snapshot": [/:Source\(slug\)/, /:Entity\(slug\)/, /:Claim\(key\)/],
};

/** Plausible values for every parameter a query file uses (EXPLAIN plans without running). */
const PARAMS: Record<string, unknown> = {
  // curation writes (src/graph/curation, src/graph/change)
  slug: "moonshot-ai",
  factKey: "entity:moonshot-ai",
  key: "k",
  reason: "r",
  operations: null,
  through: null,
  target: "RW50aXR5Om1vb25zaG90LWFp",
  change: {
    seq: neo4j.int(1),
    at: "2025-01-01T00:00:00Z",
    actor: "a",
    operation: "CREATE_SOURCE",
    targetKind: "Source",
    target: "t",
    before: null,
    after: null,
    reason: null,
    tombstone: false,
  },
  changes: [{ operation: "CREATE_ENTITY", targetKind: "Entity", target: "t", before: null, after: "{}", reason: null, tombstone: false }],
  actor: "seed:tech-planet-2024-12-06",
  cutoff: "2025-01-01T00:00:00Z",
  sourceSlug: "tech-planet-2024-12-06",
  entitySlugs: ["moonshot-ai"],
  claimKeys: ["k"],
  sortName: "moonshot ai",
  description: null,
  version: neo4j.int(2),
  operation: "createSource",
  inputHash: "h",
  result: "{}",
  at: "2025-01-01T00:00:00Z",
  slugs: ["moonshot-ai"],
  factKeys: ["event:gsr-ventures-arbitration-against-moonshot-founders-2024-11"],
  keys: [{ reference: "moonshot-ai", slug: "moonshot-ai", normalized: "moonshot ai" }],
  types: ["ACQUISITION"],
  direction: "BOTH",
  asOf: null,
  after: null,
  before: null,
  backward: false,
  // search-entities pages its ranked hits around a cursor entity (or its old position)
  afterSlug: null,
  afterPosition: null,
  beforeSlug: null,
  beforePosition: null,
  limit: neo4j.int(21),
  withText: false,
  name: null,
  lucene: "moonshot~1",
  normalized: "moonshot",
  kinds: null,
  candidates: neo4j.int(200),
  first: neo4j.int(10),
  nameContains: null,
  relationshipTypes: null,
  relationshipDirection: null,
  where: [[{ kind: "RELATIONSHIP", values: ["INVESTED_IN"], text: null, direction: "OUTGOING", negated: true }]],
  cursorValue: "m",
  cursorSlug: "moonshot-ai",
  participant: "moonshot-ai",
  from: "2024-01-01",
  to: "2024-12-31",
  cursorDate: "2024-01-01",
  fromEntity: "zhu-xiaohu",
  fromEvent: null,
  toEntity: "yang-zhilin",
  toEvent: null,
  entity: "moonshot-ai",
  event: null,
  entityUid: null,
  eventUid: null,
  fromEntityUid: null,
  fromEventUid: null,
  toEntityUid: null,
  toEventUid: null,
  depth: neo4j.int(2),
  maxEdges: neo4j.int(200),
  keyId: "0123456789abcdef",
  role: "editor",
  hash: "scrypt$16384$8$1$salt$hash",
  createdAt: "2026-01-01T00:00:00.000Z",
  revokedAt: "2026-01-02T00:00:00.000Z",
  groups: [{ variant: "investors.asc", part: 0, slugs: ["moonshot-ai"], asOf: null, after: null, before: null, limit: 21 }],
};

function paramsFor(text: string, given: Record<string, unknown>): Record<string, unknown> {
  const names = [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].filter(
    (n) => n !== "any" && !(n in given),
  );
  const missing = names.filter((n) => !(n in PARAMS));
  if (missing.length > 0) throw new Error(`cypher-explain.test.ts needs a sample value for $${missing.join(", $")}`);
  return Object.fromEntries(names.map((n) => [n, PARAMS[n]]));
}

describe("every read query is index-backed (EXPLAIN)", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => t?.close());

  const explain = (text: string, params: Record<string, unknown> = {}) =>
    explainOperators(t.db, text, { ...paramsFor(text, params), ...params });

  /** Full scans and label scans of the graph's large labels, as readable lines. */
  const scans = (operators: PlanOperator[]) =>
    operators
      .filter(
        (o) =>
          o.operator === "AllNodesScan" || (o.operator === "NodeByLabelScan" && LOOKUP_LABELS.some((l) => o.details.includes(`:${l}`))),
      )
      .map(describeOperator);

  const seeks = (operators: PlanOperator[]) =>
    operators.filter((o) => /IndexSeek|IndexContainsScan/.test(o.operator)).map((o) => o.details);

  const readQueries = [...allQueryNames().filter((name) => !name.startsWith("load-")), ...Object.keys(GENERATED_LOOKUPS)];

  it("knows which index every lookup query must use", () => {
    const lookups = readQueries.filter((name) => !WHOLE_GRAPH.has(name));
    expect(lookups.sort()).toEqual(Object.keys(EXPECTED_SEEKS).sort());
  });

  it.each(Object.keys(EXPECTED_SEEKS))("%s seeks its anchors through an index and scans no label", async (name) => {
    const operators = await explain(textOf(name));
    expect(scans(operators)).toEqual([]);
    const used = seeks(operators);
    for (const expected of EXPECTED_SEEKS[name]) expect(used).toContainEqual(expect.stringMatching(expected));
  });

  it.each([...WHOLE_GRAPH])("%s (a whole-graph read on purpose) at least plans", async (name) => {
    expect((await explain(cypher(name))).length).toBeGreaterThan(0);
  });

  describe("list-events (the timeline)", () => {
    const FILTERS: EventFilterShape[] = [];
    for (const types of [false, true]) for (const from of [false, true]) for (const to of [false, true]) FILTERS.push({ types, from, to });
    const named = (f: EventFilterShape) =>
      Object.keys(f)
        .filter((k) => f[k as keyof EventFilterShape])
        .join("+") || "none";
    const combinations: [boolean, boolean, boolean, string, EventFilterShape][] = [];
    for (const byParticipant of [false, true]) {
      for (const ascending of [true, false])
        for (const withCursor of [false, true])
          for (const f of FILTERS) combinations.push([byParticipant, ascending, withCursor, named(f), f]);
    }

    it.each(combinations)(
      "participant filter %s, ascending %s, cursor %s, filters %s: index-backed, no scan",
      async (byParticipant, ascending, withCursor, _, filters) => {
        const operators = await explain(eventListQuery(byParticipant, ascending, withCursor, filters));
        const plan = operators.map((o) => `${o.operator} ${o.details}`);
        expect(plan.filter((line) => line.startsWith("AllNodesScan"))).toEqual([]);
        if (byParticipant) {
          // Starts from the participant's slug; its few events are then sorted.
          expect(scans(operators)).toEqual([]);
          expect(seeks(operators)).toContainEqual(expect.stringMatching(/:Entity\(slug\)/));
        } else {
          // Neither the count nor the page scans the Event label: every filter is an index predicate, and
          // with no filter the count comes from the count store.
          expect(scans(operators)).toEqual([]);
          // The page is read off an index on dateStart (alone: in date order; or after the type), not
          // sorted from a label scan.
          expect(plan).toContainEqual(
            expect.stringMatching(/^NodeIndex(Scan|SeekByRange|Seek) .*:Event\((type, )?dateStart(, dateEnd)?\)/),
          );
        }
      },
    );

    // The benchmark's timeline page: one or more types and a date window. The window is read once for
    // the count and the page: (type, dateStart, dateEnd) is sought between a year before `from` and
    // `to`, dateEnd compared on the index's values, and the intervals that start earlier from
    // (datePrecision, dateStart, dateEnd, type). With a type and `to` only, the count seeks
    // event_type_date and the page walks event_date in order from `to` or the start, stopping after
    // the page. Planned for one type and for several (Neo4j plans list parameters by size).
    const seeksOn = (operators: PlanOperator[], index: RegExp) =>
      operators.filter((o) => o.operator === "NodeIndexSeek" && index.test(o.details));
    const typeLists = [["FUNDING_ROUND"], ["FUNDING_ROUND", "ACQUISITION", "PRODUCT_LAUNCH"]];
    const windowCases: [boolean, boolean, string[]][] = [];
    for (const ascending of [true, false])
      for (const withCursor of [false, true]) for (const types of typeLists) windowCases.push([ascending, withCursor, types]);

    it.each(windowCases)(
      "filtered by type, from and to (ascending %s, cursor %s, types %j): one seek of event_type_date_range bounded on both sides, one of the intervals' index",
      async (ascending, withCursor, types) => {
        const operators = await explain(eventListQuery(false, ascending, withCursor, { types: true, from: true, to: true }), { types });
        expect(operators.filter((o) => o.operator === "NodeByLabelScan" || o.operator === "AllNodesScan")).toEqual([]);
        expect(
          seeksOn(
            operators,
            /:Event\(type, dateStart, dateEnd\) WHERE type (=|IN) \$types.* AND dateStart >= .*date\(\$from\).* AND dateStart <= /,
          ),
        ).toHaveLength(1);
        expect(
          seeksOn(operators, /:Event\(datePrecision, dateStart, dateEnd, type\) WHERE datePrecision = .* AND dateStart < /),
        ).toHaveLength(1);
        expect(operators.filter((o) => o.operator === "NodeIndexSeek")).toHaveLength(2);
        // dateEnd is compared on the values the index returns, never read from the events.
        expect(operators.filter((o) => o.operator === "Filter" && /(?<!cache\[)ev\.dateEnd/.test(o.details))).toEqual([]);
      },
    );

    it.each(windowCases)(
      "filtered by type and to (ascending %s, cursor %s, types %j): the count seeks event_type_date, the page walks event_date",
      async (ascending, withCursor, types) => {
        const operators = await explain(eventListQuery(false, ascending, withCursor, { types: true, from: false, to: true }), { types });
        expect(operators.filter((o) => o.operator === "NodeByLabelScan" || o.operator === "AllNodesScan")).toEqual([]);
        expect(seeksOn(operators, /:Event\(type, dateStart\) WHERE type (=|IN) \$types.* AND dateStart <= /)).toHaveLength(1);
        expect(operators).toContainEqual(
          expect.objectContaining({
            operator: "NodeIndexSeekByRange",
            details: expect.stringMatching(/:Event\(dateStart\) WHERE .*dateStart <= /),
          }),
        );
      },
    );
  });

  describe("get-relationships (relationship connections)", () => {
    const arrows = { OUT: ["-", "->"], IN: ["<-", "-"], BOTH: ["-", "-"] };
    const shapes = [false, true].flatMap((byName) => [
      { byName },
      { backward: true, byName },
      { filtered: true, byName },
      { filtered: true, backward: true, byName },
    ]);
    // Every connection of the vocabulary in every page shape: every generated file the loader may send.
    const combinations = (Object.keys(RELATIONSHIP_CONNECTIONS) as ConnectionName[]).flatMap((connection) =>
      shapes.map((shape) => [connection, shape] as const),
    );

    it.each(combinations)(
      "%s %j: seeks the parents by slug, expands only those types in that direction, keeps the top keys",
      async (connection, shape) => {
        const { types, direction } = RELATIONSHIP_CONNECTIONS[connection];
        const operators = await explain(cypher(generatedQuery("get-relationships", relationshipVariant(connection, shape))));
        expect(scans(operators)).toEqual([]);
        expect(seeks(operators)).toContainEqual(expect.stringMatching(/:Entity\(slug\)/));
        const [left, right] = arrows[direction];
        const expand = operators.filter((o) => /^Expand/.test(o.operator) && o.details.includes("(parent)"));
        // The page walks the parent's relationships of these types; so does the count when filtered.
        // Unfiltered, the count is the parent's degree: no walk.
        expect(expand.map((o) => o.details)).toEqual(
          Array(shape.filtered ? 2 : 1).fill(`(parent)${left}[r:${types.join("|")}]${right}(other)`),
        );
        // No relationship of another type is read and then filtered out.
        expect(operators.filter((o) => o.operator === "Filter" && o.details.includes("type(r)"))).toEqual([]);
        // The page keeps the first keys past the cursor instead of sorting and collecting every row.
        expect(operators.map((o) => o.operator)).toContainEqual(expect.stringMatching(/^Top/));
      },
    );

    it("answers several connections of one level in one query, each branch seeking its parents and expanding only its types", async () => {
      const page: RelationshipSelection["page"] = { limit: 11, size: 10, after: null, before: null, backward: false };
      const selection = (connection: ConnectionName): RelationshipSelection => ({ connection, asOf: null, page });
      const { names, params } = relationshipsQuery([
        { args: selection("investors"), slugs: ["moonshot-ai"] },
        { args: selection("founders"), slugs: ["moonshot-ai"] },
        { args: selection("portfolio"), slugs: ["gsr-ventures"] },
      ]);
      const operators = await explain(unionAll(names), params);
      expect(scans(operators)).toEqual([]);
      expect(seeks(operators).filter((d) => /:Entity\(slug\)/.test(d))).toHaveLength(3);
      const expands = operators.filter((o) => /^Expand/.test(o.operator) && o.details.includes("(parent)")).map((o) => o.details);
      expect(expands.sort()).toEqual(
        ["(parent)-[r:INVESTED_IN]->(other)", "(parent)<-[r:FOUNDED]-(other)", "(parent)<-[r:INVESTED_IN]-(other)"].sort(),
      );
    });

    it("has no query for a connection outside the vocabulary, so nothing else reaches the database", () => {
      const page: RelationshipSelection["page"] = { limit: 11, size: 10, after: null, before: null, backward: false };
      const name = relationshipQueryName({ connection: "INVESTED_IN]->(x) DETACH DELETE x //" as ConnectionName, asOf: null, page });
      expect(() => cypher(name)).toThrow(/ENOENT/);
    });
  });

  describe("compiled entity(slug:) statements (src/graph/compile)", () => {
    // The shapes the bench mix sends, and the other shapes the plan can take: every connection
    // filtered, by name, backwards, nested, with aliases and citations projected.
    const SHAPES: Record<string, string> = {
      organizationProfile: `{ entity(slug: "recurrent-ai") { name ... on Organization { founders(first: 10) { edges { title node { name } } } investors(first: 10) { totalCount edges { round date { text } node { name } } } } } }`,
      portfolio: `{ entity(slug: "gsr-ventures") { name ... on Organization { portfolio(first: 10) { totalCount edges { node { name ... on Organization { founders(first: 5) { edges { node { name } } } } } } } } } }`,
      "every connection, filtered, by name, backwards": `{ entity(slug: "recurrent-ai") { ... on Organization {
        ${(Object.keys(RELATIONSHIP_CONNECTIONS) as ConnectionName[]).map((c) => `${c}(last: 2, filter: { from: "2020-01-01", certainty: [CONFIRMED] }, orderBy: { field: NAME }) { totalCount edges { cursor node { slug } } }`).join(" ")} } } }`,
      "three levels with aliases and citations": `{ entity(slug: "gsr-ventures") { aliases { name } ... on Organization { portfolio(first: 3) { totalCount edges { round node { aliases { name } citations { quote } ... on Organization { founders(first: 2) { totalCount nodes { ... on Person { roles(first: 2, orderBy: { direction: DESC }) { totalCount nodes { slug } } } } } } } } } } } }`,
    };

    it.each(Object.keys(SHAPES))("%s: seeks the root by slug, scans no label, expands only the connections' types", async (name) => {
      const plan = planOfQuery(await buildAppSchema(), SHAPES[name]);
      expect(plan.connections.length).toBeGreaterThan(0);
      const operators = await explain(compiledEntityText(plan, "slug"), compiledEntityParams(plan, "slug", "recurrent-ai"));
      expect(scans(operators)).toEqual([]);
      expect(seeks(operators)).toContainEqual(expect.stringMatching(/:Entity\(slug\)/));
      expect(operators.filter((o) => o.operator === "Filter" && /type\(r\d+\)/.test(o.details))).toEqual([]);
      // Each page keeps its top keys instead of sorting and collecting every relationship.
      expect(operators.map((o) => o.operator)).toContainEqual(expect.stringMatching(/^Top/));
    });
    it.each(["organizationProfile", "three levels with aliases and citations"])(
      "%s sought by uid (node(id:)): seeks the root and the Redirect by their uid constraints, scans no label",
      async (name) => {
        const plan = planOfQuery(await buildAppSchema(), SHAPES[name]);
        const operators = await explain(
          compiledEntityText(plan, "uid"),
          compiledEntityParams(plan, "uid", "00000000-0000-4000-8000-000000000000"),
        );
        expect(scans(operators)).toEqual([]);
        expect(seeks(operators)).toContainEqual(expect.stringMatching(/:Entity\(uid\)/));
        expect(seeks(operators)).toContainEqual(expect.stringMatching(/:Redirect\(fromUid\)/));
      },
    );

    it("a root with no connection (node(id:) selecting only the entity's fields) is two seeks and a projection", async () => {
      const plan = planOfQuery(await buildAppSchema(), `{ entity(slug: "x") { slug aliases { name } } }`);
      expect(plan.connections).toEqual([]);
      const operators = await explain(
        compiledEntityText(plan, "uid"),
        compiledEntityParams(plan, "uid", "00000000-0000-4000-8000-000000000000"),
      );
      expect(scans(operators)).toEqual([]);
      expect(operators.filter((o) => /Expand/.test(o.operator) && !/:ALIAS_OF]|:REDIRECTS_TO]/.test(o.details))).toEqual([]);
    });
  });

  describe("list-entities (organizations, people, products, markets)", () => {
    const combinations: [EntityListLabel, EntityOrderField, boolean, boolean][] = [];
    for (const label of ["Organization", "Person", "Product", "Market"] as EntityListLabel[]) {
      for (const field of [EntityOrderField.NAME, EntityOrderField.SLUG]) {
        for (const ascending of [true, false])
          for (const withCursor of [false, true]) combinations.push([label, field, ascending, withCursor]);
      }
    }

    it.each(combinations)(
      "%s by %s (ascending %s, cursor %s) reads the page in index order, no full scan",
      async (label, field, ascending, withCursor) => {
        const operators = await explain(entityListQuery(label, field, ascending, withCursor));
        expect(operators.filter((o) => o.operator === "AllNodesScan")).toEqual([]);
        const property = field === EntityOrderField.NAME ? "sortName" : "slug";
        expect(operators.some((o) => /NodeIndex|NodeUniqueIndex/.test(o.operator) && o.details.includes(`:Entity(${property})`))).toBe(
          true,
        );
      },
    );
  });

  describe("list-sources (sources)", () => {
    const combinations: [boolean, boolean][] = [];
    for (const ascending of [true, false]) for (const withCursor of [false, true]) combinations.push([ascending, withCursor]);

    it.each(combinations)("ascending %s, cursor %s: reads the page off the slug index, scans no label", async (ascending, withCursor) => {
      const operators = await explain(cypher(sourceListQueryName(ascending, withCursor)));
      expect(scans(operators)).toEqual([]);
      expect(operators.some((o) => /NodeIndex|NodeUniqueIndex/.test(o.operator) && o.details.includes(":Source(slug)"))).toBe(true);
    });
  });
});
