import { seededGlobalId } from "../src/common/global-id";
import { stableJson } from "./check/stable-json";
import { BenchSamples } from "./synthetic/generator";

/** One request body per target; the runner cycles through a list of them so keys vary. */
export interface OperationBodies {
  ours: string[];
  floor: string[];
  /** Null when @neo4j/graphql has no equivalent. */
  peer: string[] | null;
}

type Data = Record<string, any>;

/**
 * Each target's `data` in one canonical form (the floor's answer shape, bench/servers/floor-queries.ts),
 * so the check requests can prove that the three answer the same before any of them is measured.
 */
export interface Canonical {
  floor: (data: Data) => unknown;
  ours: (data: Data) => unknown;
  peer?: (data: Data) => unknown;
}

export interface Operation {
  name: string;
  label: string;
  /** Starts from an index lookup and touches a bounded neighbourhood (the scaling target applies). */
  indexBacked: boolean;
  /** Some check requests may rightly answer nothing (a timeline window without events of the type). */
  mayBeEmpty?: boolean;
  /** What the peer does differently, when it does. */
  peerNote?: string;
  /**
   * Set on a reference measurement, which is reported but judged against no target: what it shows
   * instead.
   */
  reference?: string;
  bodies(samples: BenchSamples): OperationBodies;
  canonical: Canonical;
}

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const floor = (op: string, params: Record<string, unknown>) => JSON.stringify({ op, params });

// The API's connection order (date|sortName|key, src/graph/relationship) and participant order (role,
// then name), in the peer's sort inputs.
const PEER_EDGE_SORT = "[{ edge: { dateStart: ASC } }, { node: { sortName: ASC } }, { edge: { key: ASC } }]";
const PEER_PARTICIPANT_SORT = "[{ edge: { role: ASC } }, { node: { sortName: ASC } }]";

const entityOf = (e: Data | null | undefined) =>
  e
    ? {
        slug: e.slug,
        name: e.name,
        kinds: e.kinds,
        description: e.description ?? null,
        aliases: [...(e.aliases ?? [])].map((a: Data) => ({ name: a.name, language: a.language ?? null })).sort(byJson),
      }
    : null;
const byJson = (a: unknown, b: unknown) => (stableJson(a) < stableJson(b) ? -1 : 1);
const label = (n: Data) => ({ id: n.id, label: n.name ?? n.title ?? null });
const participants = (list: Data[]) => list.sort(byJson);
const portfolioCanonical = {
  floor: (d: Data) => d[Object.keys(d)[0]],
  ours: (d: Data) =>
    d.entity && {
      name: d.entity.name,
      totalCount: d.entity.portfolio.totalCount,
      companies: d.entity.portfolio.edges.map((x: Data) => ({
        name: x.node.name,
        founders: (x.node.founders?.edges ?? []).map((f: Data) => f.node.name),
      })),
    },
  peer: (d: Data) =>
    d.organizations[0] && {
      name: d.organizations[0].name,
      totalCount: d.organizations[0].portfolioConnection.totalCount,
      companies: d.organizations[0].portfolioConnection.edges.map((x: Data) => ({
        name: x.node.name,
        founders: (x.node.foundersConnection?.edges ?? []).map((f: Data) => f.node.name),
      })),
    },
};
const portfolioBodies = (op: string, slugs: string[]): OperationBodies => ({
  ours: slugs.map((slug) =>
    gql(
      `query Portfolio($slug: String!) { entity(slug: $slug) { name ... on Organization { portfolio(first: 10) { totalCount edges { node { name ... on Organization { founders(first: 5) { edges { node { name } } } } } } } } } }`,
      { slug },
    ),
  ),
  floor: slugs.map((slug) => floor(op, { slug })),
  peer: slugs.map((slug) =>
    gql(
      `query Portfolio($slug: String!) { organizations(where: { slug: { eq: $slug } }) { name portfolioConnection(first: 10, sort: ${PEER_EDGE_SORT}) { totalCount edges { node { name ... on Organization { foundersConnection(first: 5, sort: ${PEER_EDGE_SORT}) { edges { node { name } } } } } } } } }`,
      { slug },
    ),
  ),
});

const ENTITY_FIELDS = "id slug name kinds description aliases { name language }";

export const OPERATIONS: Operation[] = [
  {
    name: "node",
    label: "entity by id (node)",
    indexBacked: true,
    peerNote: "no global ids in the peer schema",
    bodies: (s) => ({
      ours: s.entitySlugs.map((slug) =>
        gql(`query Node($id: ID!) { node(id: $id) { id ... on Entity { slug name kinds description aliases { name language } } } }`, {
          id: seededGlobalId("Entity", slug),
        }),
      ),
      floor: s.entitySlugs.map((slug) => floor("node", { id: seededGlobalId("Entity", slug) })),
      peer: null,
    }),
    canonical: {
      floor: (d) => d.node && { id: d.node.id, ...entityOf(d.node) },
      ours: (d) => d.node && { id: d.node.id, ...entityOf(d.node) },
    },
  },
  {
    name: "entityBySlug",
    label: "entity by slug",
    indexBacked: true,
    bodies: (s) => ({
      ours: s.entitySlugs.map((slug) => gql(`query EntityBySlug($slug: String!) { entity(slug: $slug) { ${ENTITY_FIELDS} } }`, { slug })),
      floor: s.entitySlugs.map((slug) => floor("entityBySlug", { slug })),
      peer: s.entitySlugs.map((slug) =>
        gql(
          `query EntityBySlug($slug: String!) { entities(where: { slug: { eq: $slug } }) { slug name kinds description aliases(where: { isName: { eq: false } }) { name language } } }`,
          { slug },
        ),
      ),
    }),
    canonical: { floor: (d) => entityOf(d.entityBySlug), ours: (d) => entityOf(d.entity), peer: (d) => entityOf(d.entities[0]) },
  },
  {
    name: "search",
    label: "search by alias",
    indexBacked: true,
    // @fulltext would give the peer the index, not the API's ranking (exact matches first, one best
    // alias per entity): its answers would differ, so it is left out rather than compared unfairly.
    peerNote: "not in the peer: @fulltext cannot express the ranking",
    bodies: (s) => ({
      ours: s.searchTexts.map((q) =>
        gql(`query Search($q: String!) { search(query: $q, first: 10) { matched score entity { id slug name kinds } } }`, { q }),
      ),
      floor: s.searchTexts.map((q) => floor("search", { q })),
      peer: null,
    }),
    canonical: {
      floor: (d) =>
        d.search.map((h: Data) => ({ matched: h.matched, score: Number(h.score.toFixed(5)), slug: h.slug, name: h.name, kinds: h.kinds })),
      ours: (d) =>
        d.search.map((h: Data) => ({
          matched: h.matched,
          score: Number(h.score.toFixed(5)),
          slug: h.entity.slug,
          name: h.entity.name,
          kinds: h.entity.kinds,
        })),
    },
  },
  {
    name: "organizationProfile",
    label: "organisation + investors + founders",
    indexBacked: true,
    bodies: (s) => ({
      ours: s.organizationsWithInvestors.map((slug) =>
        gql(
          `query OrganizationProfile($slug: String!) { entity(slug: $slug) { name ... on Organization { founders(first: 10) { edges { title node { name } } } investors(first: 10) { totalCount edges { round date { text } node { name } } } } } }`,
          { slug },
        ),
      ),
      floor: s.organizationsWithInvestors.map((slug) => floor("organizationProfile", { slug })),
      peer: s.organizationsWithInvestors.map((slug) =>
        gql(
          `query OrganizationProfile($slug: String!) { organizations(where: { slug: { eq: $slug } }) { name foundersConnection(first: 10, sort: ${PEER_EDGE_SORT}) { edges { properties { title } node { name } } } investorsConnection(first: 10, sort: ${PEER_EDGE_SORT}) { totalCount edges { properties { round dateText } node { name } } } } }`,
          { slug },
        ),
      ),
    }),
    canonical: {
      floor: (d) => d.organizationProfile,
      ours: (d) =>
        d.entity && {
          name: d.entity.name,
          founders: d.entity.founders.edges.map((x: Data) => ({ title: x.title ?? null, name: x.node.name })),
          investorCount: d.entity.investors.totalCount,
          investors: d.entity.investors.edges.map((x: Data) => ({
            round: x.round ?? null,
            dateText: x.date?.text ?? null,
            name: x.node.name,
          })),
        },
      peer: (d) =>
        d.organizations[0] && {
          name: d.organizations[0].name,
          founders: d.organizations[0].foundersConnection.edges.map((x: Data) => ({
            title: x.properties.title ?? null,
            name: x.node.name,
          })),
          investorCount: d.organizations[0].investorsConnection.totalCount,
          investors: d.organizations[0].investorsConnection.edges.map((x: Data) => ({
            round: x.properties.round ?? null,
            dateText: x.properties.dateText ?? null,
            name: x.node.name,
          })),
        },
    },
  },
  {
    name: "portfolio",
    label: "investor portfolio + founders",
    indexBacked: true,
    bodies: (s) => portfolioBodies("portfolio", s.investors),
    canonical: portfolioCanonical,
  },
  {
    // The sampler picks investors uniformly, so the big portfolios are almost never asked for; this
    // asks only for the largest ones, where a query that walks every relationship of the parent shows.
    name: "hubPortfolio",
    label: "hub investor portfolio + founders",
    indexBacked: true,
    bodies: (s) => portfolioBodies("hubPortfolio", s.hubInvestors),
    canonical: portfolioCanonical,
  },
  {
    name: "timeline",
    label: "timeline page (type + dates)",
    indexBacked: true,
    mayBeEmpty: true,
    bodies: (s) => ({
      ours: s.timelineWindows.map((w) =>
        gql(
          `query Timeline($types: [EventType!], $from: Date, $to: Date) { events(filter: { types: $types, from: $from, to: $to }, first: 20) { totalCount edges { node { slug type title date { text } participants { role entity { name } } } } } }`,
          w,
        ),
      ),
      floor: s.timelineWindows.map((w) => floor("timeline", w)),
      peer: s.timelineWindows.map((w) =>
        gql(
          `query Timeline($types: [String!], $from: Date, $to: Date) { eventsConnection(first: 20, where: { type: { in: $types }, dateEnd: { gte: $from }, dateStart: { lte: $to } }, sort: [{ dateStart: ASC }, { slug: ASC }]) { totalCount edges { node { slug type title dateText participantsConnection(sort: ${PEER_PARTICIPANT_SORT}) { edges { properties { role } node { name } } } } } } }`,
          w,
        ),
      ),
    }),
    canonical: {
      floor: (d) =>
        d.timeline && {
          totalCount: d.timeline.totalCount,
          events: d.timeline.events.map((e: Data) => ({ ...e, participants: participants(e.participants) })),
        },
      ours: (d) => ({
        totalCount: d.events.totalCount,
        events: d.events.edges.map(({ node: e }: Data) => ({
          slug: e.slug,
          type: e.type,
          title: e.title,
          dateText: e.date?.text ?? null,
          participants: participants(e.participants.map((p: Data) => ({ role: p.role, name: p.entity.name }))),
        })),
      }),
      peer: (d) => ({
        totalCount: d.eventsConnection.totalCount,
        events: d.eventsConnection.edges.map(({ node: e }: Data) => ({
          slug: e.slug,
          type: e.type,
          title: e.title,
          dateText: e.dateText ?? null,
          participants: participants(e.participantsConnection.edges.map((p: Data) => ({ role: p.properties.role, name: p.node.name }))),
        })),
      }),
    },
  },
  {
    name: "howConnected",
    label: "howConnected (3 hops apart)",
    indexBacked: false,
    peerNote: "no path search in the peer",
    bodies: (s) => ({
      ours: s.connectedPairs.map((p) =>
        gql(
          `query HowConnected($from: ID!, $to: ID!) { howConnected(fromId: $from, toId: $to, maxHops: 4, first: 3) { length nodes { id ... on Entity { name } ... on Event { title } } steps { relationship direction } } }`,
          { from: seededGlobalId("Entity", p.from), to: seededGlobalId("Entity", p.to) },
        ),
      ),
      floor: s.connectedPairs.map((p) => floor("howConnected", { from: p.from, to: p.to })),
      peer: null,
    }),
    canonical: {
      floor: (d) => d.howConnected,
      ours: (d) => d.howConnected.map((p: Data) => ({ length: p.length, nodes: p.nodes.map(label), steps: p.steps })),
    },
  },
  {
    name: "neighborhood",
    label: "2-level neighbourhood",
    indexBacked: false,
    peerNote: "no neighbourhood in the peer",
    bodies: (s) => ({
      ours: s.organizationsWithInvestors.map((slug) =>
        gql(
          `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, first: 50) { truncated nodes { id ... on Entity { name } ... on Event { title } } edges { id fromId toId relationship } } }`,
          { id: seededGlobalId("Entity", slug) },
        ),
      ),
      floor: s.organizationsWithInvestors.map((slug) => floor("neighborhood", { slug })),
      peer: null,
    }),
    canonical: {
      floor: (d) => d.neighborhood,
      ours: (d) =>
        d.neighborhood && { truncated: d.neighborhood.truncated, nodes: d.neighborhood.nodes.map(label), edges: d.neighborhood.edges },
    },
  },
  {
    // The request with no database work at all: what each target's HTTP and GraphQL stack costs by
    // itself (for ours: express, Apollo Server's pipeline, graphql-js, the API's plugins and limits).
    // Set against the floor, it is the part of every other operation's latency ratio that no Cypher
    // can win back (bench/report.ts).
    name: "stack",
    label: "no database: `{ __typename }`",
    indexBacked: false,
    reference: "the HTTP and GraphQL stack alone; not a target",
    bodies: () => ({
      ours: [gql("query Stack { __typename }", {})],
      floor: [floor("stack", {})],
      peer: [gql("query Stack { __typename }", {})],
    }),
    canonical: { floor: (d) => d.stack, ours: (d) => d.__typename, peer: (d) => d.__typename },
  },
];
