import { toGlobalId } from "../src/common/global-id";
import { BenchSamples } from "./synthetic/generator";

/** One request body per target; the runner cycles through a list of them so keys vary. */
export interface OperationBodies {
  ours: string[];
  floor: string[];
  /** Null when @neo4j/graphql has no equivalent. */
  peer: string[] | null;
}

export interface Operation {
  name: string;
  label: string;
  /** Starts from an index lookup and touches a bounded neighbourhood (the scaling target applies). */
  indexBacked: boolean;
  /** What the peer does differently, when it does. */
  peerNote?: string;
  bodies(samples: BenchSamples): OperationBodies;
}

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const floor = (op: string, params: Record<string, unknown>) => JSON.stringify({ op, params });

const ENTITY_FIELDS = "id slug name kinds description aliases { name language }";

export const OPERATIONS: Operation[] = [
  {
    name: "node",
    label: "entity by id (node)",
    indexBacked: true,
    peerNote: "no global ids in the peer schema",
    bodies: (s) => ({
      ours: s.entitySlugs.map((slug) => gql(`query Node($id: ID!) { node(id: $id) { id ... on Entity { slug name kinds description aliases { name language } } } }`, { id: toGlobalId("Entity", slug) })),
      floor: s.entitySlugs.map((slug) => floor("node", { id: toGlobalId("Entity", slug) })),
      peer: null,
    }),
  },
  {
    name: "entityBySlug",
    label: "entity by slug",
    indexBacked: true,
    bodies: (s) => ({
      ours: s.entitySlugs.map((slug) => gql(`query EntityBySlug($slug: String!) { entity(slug: $slug) { ${ENTITY_FIELDS} } }`, { slug })),
      floor: s.entitySlugs.map((slug) => floor("entityBySlug", { slug })),
      peer: s.entitySlugs.map((slug) =>
        gql(`query EntityBySlug($slug: String!) { entities(where: { slug: { eq: $slug } }) { slug name kinds description aliases(where: { isName: { eq: false } }) { name language } } }`, { slug }),
      ),
    }),
  },
  {
    name: "search",
    label: "search by alias",
    indexBacked: true,
    peerNote: "peer: exact normalized-alias match only (no full-text/fuzzy), a lighter query",
    bodies: (s) => ({
      ours: s.searchTexts.map((q) => gql(`query Search($q: String!) { search(query: $q, first: 10) { matched score entity { id slug name kinds } } }`, { q })),
      floor: s.searchTexts.map((q) => floor("search", { q })),
      peer: s.searchTexts.map((q) =>
        gql(`query Search($n: String!) { aliases(where: { normalized: { eq: $n } }, limit: 10) { name entity { slug name kinds } } }`, {
          n: q.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/g, " ").trim(),
        }),
      ),
    }),
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
          `query OrganizationProfile($slug: String!) { organizations(where: { slug: { eq: $slug } }) { name foundersConnection(first: 10) { edges { properties { title } node { name } } } investorsConnection(first: 10) { totalCount edges { properties { round dateText } node { name } } } } }`,
          { slug },
        ),
      ),
    }),
  },
  {
    name: "portfolio",
    label: "investor portfolio + founders",
    indexBacked: true,
    bodies: (s) => ({
      ours: s.investors.map((slug) =>
        gql(
          `query Portfolio($slug: String!) { entity(slug: $slug) { name ... on Organization { portfolio(first: 10) { totalCount edges { node { name ... on Organization { founders(first: 5) { edges { node { name } } } } } } } } } }`,
          { slug },
        ),
      ),
      floor: s.investors.map((slug) => floor("portfolio", { slug })),
      peer: s.investors.map((slug) =>
        gql(
          `query Portfolio($slug: String!) { organizations(where: { slug: { eq: $slug } }) { name portfolioConnection(first: 10) { totalCount edges { node { name ... on Organization { founders(limit: 5) { name } } } } } } }`,
          { slug },
        ),
      ),
    }),
  },
  {
    name: "timeline",
    label: "timeline page (type + dates)",
    indexBacked: true,
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
          `query Timeline($types: [String!], $from: Date, $to: Date) { eventsConnection(first: 20, where: { type: { in: $types }, dateEnd: { gte: $from }, dateStart: { lte: $to } }, sort: [{ dateStart: ASC }, { slug: ASC }]) { totalCount edges { node { slug type title dateText participantsConnection { edges { properties { role } node { name } } } } } } }`,
          w,
        ),
      ),
    }),
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
          { from: toGlobalId("Entity", p.from), to: toGlobalId("Entity", p.to) },
        ),
      ),
      floor: s.connectedPairs.map((p) => floor("howConnected", { from: p.from, to: p.to })),
      peer: null,
    }),
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
          { id: toGlobalId("Entity", slug) },
        ),
      ),
      floor: s.organizationsWithInvestors.map((slug) => floor("neighborhood", { slug })),
      peer: null,
    }),
  },
];
