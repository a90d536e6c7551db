/**
 * The graph's closed vocabularies, in one place: the seed validator accepts these values, the GraphQL
 * enums are built from them (enums.ts), and the query generator writes the relationship types and
 * connections into the generated Cypher (cypher/templates/). A new value starts here.
 */
export const ENTITY_TYPES = ["ORGANIZATION", "PERSON", "PRODUCT", "MARKET"] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];

export const ENTITY_KINDS = [
  // organisations
  "STARTUP",
  "INVESTOR",
  "BIG_TECH",
  "CLOUD_PROVIDER",
  "RESEARCH",
  "DATA_PROVIDER",
  "MEDIA",
  "MANUFACTURER",
  "UNIVERSITY",
  // people
  "FOUNDER",
  "EXECUTIVE",
  "RESEARCHER",
  "ENGINEER",
  // products
  "AI_MODEL",
  "ASSISTANT",
  "CLOUD_SERVICE",
  "APP",
  // markets
  "MARKET",
] as const;
export type EntityKindName = (typeof ENTITY_KINDS)[number];

export const CERTAINTIES = ["CONFIRMED", "REPORTED", "ESTIMATED"] as const;
export type CertaintyName = (typeof CERTAINTIES)[number];

export const EVENT_TYPES = [
  "FUNDING_ROUND",
  "ACQUISITION",
  "LEGAL_ACTION",
  "PRICE_CHANGE",
  "TALENT_MOVE",
  "LICENSING_DEAL",
  "PRODUCT_LAUNCH",
  "STATEMENT",
  "LAYOFF",
] as const;
export type EventTypeName = (typeof EVENT_TYPES)[number];

export const PARTICIPANT_ROLES = [
  "ACQUIRER",
  "TARGET",
  "INVESTOR",
  "INVESTEE",
  "CLAIMANT",
  "RESPONDENT",
  "VENDOR",
  "PERSON",
  "FROM",
  "TO",
  "LICENSOR",
  "LICENSEE",
  "SPEAKER",
  "SUBJECT",
  "PRODUCT",
  "VENUE",
] as const;
export type ParticipantRoleName = (typeof PARTICIPANT_ROLES)[number];

/** Relationships a seed states directly (the rest are derived from events). */
export const DIRECT_RELATIONSHIP_TYPES = ["FOUNDED", "WORKS_AT", "OWNS", "SUBSIDIARY_OF", "INVESTED_IN", "PARTNER_OF"] as const;
export type DirectRelationshipType = (typeof DIRECT_RELATIONSHIP_TYPES)[number];

export const LEGAL_KINDS = ["ARBITRATION", "LAWSUIT"] as const;
export const METRIC_QUALIFIERS = ["EXACT", "ABOUT", "MORE_THAN", "LESS_THAN", "AT_LEAST", "CLOSE_TO"] as const;
export const MARKET_SEGMENTS = ["TO_B", "TO_C", "DIVERSIFIED"] as const;

/** What kind of document a source is, and what it means (the GraphQL enum's text). */
export const SOURCE_KIND_DESCRIPTIONS = {
  NEWS_ARTICLE: "A news report: an article, a wire story or a translation of one.",
  EDITORIAL: "A statement by this project's editors, e.g. well-known aliases of an entity.",
} as const satisfies Record<string, string>;
export const SOURCE_KINDS = Object.keys(SOURCE_KIND_DESCRIPTIONS) as (keyof typeof SOURCE_KIND_DESCRIPTIONS)[];

/**
 * ISO 4217 codes an amount may carry: those the seeds use and the other common ones. A seed with
 * another code is refused until the code is added here (and so to the `CurrencyCode` enum).
 */
export const CURRENCY_CODES = {
  USD: "United States dollar.",
  EUR: "Euro.",
  CNY: "Chinese yuan (renminbi).",
  JPY: "Japanese yen.",
  GBP: "Pound sterling.",
  HKD: "Hong Kong dollar.",
  KRW: "South Korean won.",
  INR: "Indian rupee.",
  CAD: "Canadian dollar.",
  AUD: "Australian dollar.",
  CHF: "Swiss franc.",
  SGD: "Singapore dollar.",
  TWD: "New Taiwan dollar.",
  SEK: "Swedish krona.",
  ILS: "Israeli new shekel.",
  AED: "United Arab Emirates dirham.",
  SAR: "Saudi riyal.",
  BRL: "Brazilian real.",
} as const satisfies Record<string, string>;
export type CurrencyCodeName = keyof typeof CURRENCY_CODES;

// The loader writes labels and relationship types as static Cypher (a template per value, never raw
// input), because Neo4j plans `$(expr)` labels and types with Eager operators and without the
// relationship type in the expand. These are the whitelists those templates are generated for
// (src/seed/seed.queries.ts, `npm run cypher:generate`).

/** The label each entity type gets next to `Entity`. */
export const ENTITY_LABELS: Record<EntityTypeName, string> = {
  ORGANIZATION: "Organization",
  PERSON: "Person",
  PRODUCT: "Product",
  MARKET: "Market",
};

/** The label each event type gets next to `Event`. */
export const EVENT_LABELS: Record<EventTypeName, string> = {
  FUNDING_ROUND: "FundingRound",
  ACQUISITION: "Acquisition",
  LEGAL_ACTION: "LegalAction",
  PRICE_CHANGE: "PriceChange",
  TALENT_MOVE: "TalentMove",
  LICENSING_DEAL: "LicensingDeal",
  PRODUCT_LAUNCH: "ProductLaunch",
  STATEMENT: "Statement",
  LAYOFF: "Layoff",
};

/** Relationships derived from events (seed.plan.ts DERIVED_EDGES) and from market positioning. */
export const DERIVED_RELATIONSHIP_TYPES = ["ACQUIRED", "INVESTED_IN", "SUED", "JOINED", "LICENSED", "POSITIONED_IN"] as const;

/** Every relationship type stored between two entities (written from its subject to its object), and what it means (the GraphQL enum's text). */
export const RELATIONSHIP_KINDS = {
  INVESTED_IN: "An investor put money into a company (stated, or from a funding round).",
  ACQUIRED: "An organisation bought another (from an acquisition event).",
  SUED: "A party brought an arbitration or lawsuit against another.",
  FOUNDED: "A person founded an organisation.",
  WORKS_AT: "A person holds or held a role at an organisation.",
  JOINED: "A person moved to an organisation (from a talent move).",
  OWNS: "An organisation owns a product.",
  SUBSIDIARY_OF: "An organisation is a subsidiary or unit of another.",
  LICENSED: "A party licensed technology from another (from a licensing deal).",
  PARTNER_OF: "Two organisations are partners.",
  POSITIONED_IN: "An organisation positions itself in a market segment.",
} as const satisfies Record<string, string>;
export type RelationshipTypeName = keyof typeof RELATIONSHIP_KINDS;

/** The entity types a relationship may join at each end, as stored (from -> to). */
export interface RelationshipEnds {
  from: readonly EntityTypeName[];
  to: readonly EntityTypeName[];
}

/**
 * Which entity types each relationship type may join. The seed validator and the curation mutations
 * refuse anything else (relationshipEndProblems), so a connection whose far end this table fixes to
 * one type declares that type in the schema (`Organization.founders` has `Person` nodes).
 */
export const RELATIONSHIP_ENDS = {
  INVESTED_IN: { from: ["ORGANIZATION", "PERSON"], to: ["ORGANIZATION"] },
  ACQUIRED: { from: ["ORGANIZATION", "PERSON"], to: ["ORGANIZATION", "PRODUCT"] },
  SUED: { from: ["ORGANIZATION", "PERSON"], to: ["ORGANIZATION", "PERSON"] },
  FOUNDED: { from: ["PERSON"], to: ["ORGANIZATION"] },
  WORKS_AT: { from: ["PERSON"], to: ["ORGANIZATION"] },
  JOINED: { from: ["PERSON"], to: ["ORGANIZATION"] },
  OWNS: { from: ["ORGANIZATION"], to: ["PRODUCT"] },
  SUBSIDIARY_OF: { from: ["ORGANIZATION"], to: ["ORGANIZATION"] },
  LICENSED: { from: ["ORGANIZATION", "PERSON"], to: ["ORGANIZATION", "PERSON"] },
  PARTNER_OF: { from: ["ORGANIZATION"], to: ["ORGANIZATION"] },
  POSITIONED_IN: { from: ["ORGANIZATION"], to: ["MARKET"] },
} as const satisfies Record<RelationshipTypeName, RelationshipEnds>;

/** What is wrong with the ends of one relationship (none when both types are allowed); a type not known is not judged. */
export function relationshipEndProblems(
  type: RelationshipTypeName,
  fromType: string | undefined,
  toType: string | undefined,
): { end: "from" | "to"; message: string }[] {
  const ends: RelationshipEnds = RELATIONSHIP_ENDS[type];
  const problems: { end: "from" | "to"; message: string }[] = [];
  for (const [end, actual] of [
    ["from", fromType],
    ["to", toType],
  ] as const) {
    const allowed = ends[end];
    if (actual !== undefined && !(allowed as readonly string[]).includes(actual))
      problems.push({
        end,
        message: `${type} goes from ${ends.from.join(" or ")} to ${ends.to.join(" or ")}: its ${end} end cannot be a ${actual}`,
      });
  }
  return problems;
}

/** Every relationship type the loader writes between entities (direct and derived: the same set as RELATIONSHIP_KINDS). */
export const RELATIONSHIP_TYPES: readonly RelationshipTypeName[] = [
  ...new Set([...DIRECT_RELATIONSHIP_TYPES, ...DERIVED_RELATIONSHIP_TYPES]),
];

/**
 * Links that are not relationships between two entities: how events, metrics and sources hang on
 * the entities (path steps and drawings show them next to the RELATIONSHIP_KINDS).
 */
export const NODE_LINK_KINDS = {
  PARTICIPATED_IN: "An entity took part in an event (see `role`).",
  HAS_METRIC: "An entity has a figure about it (entity -> metric).",
  REPORTED_BY: "A figure was reported by an entity, e.g. a data provider (metric -> entity).",
  MENTIONS: "A source names an entity (source -> entity).",
  REPORTS: "A source reports an event: it has a claim on it (source -> event).",
} as const satisfies Record<string, string>;

/** Every link a path step or a drawn edge can be: a relationship between entities, or one of NODE_LINK_KINDS. */
export const LINK_KINDS = { ...RELATIONSHIP_KINDS, ...NODE_LINK_KINDS } as const;
export type LinkKindName = keyof typeof LINK_KINDS;

/** What the traversals (howConnected, neighborhood) walk: relationships between entities and event participation, never aliases, metrics or sources. */
export const TRAVERSAL_TYPES: readonly string[] = [...RELATIONSHIP_TYPES, "PARTICIPATED_IN"];

/** Which way a connection follows its relationships from the parent: as stored, against, or either. */
export type ConnectionDirection = "OUT" | "IN" | "BOTH";

/**
 * The relationship connections the API offers (Organization.investors ...): which stored types each
 * follows from its parent, and which way. One query file is generated per connection and page shape
 * (get-relationships.<name>.*.cypher); a field of the same name on another type may share one.
 */
export const RELATIONSHIP_CONNECTIONS = {
  investors: { types: ["INVESTED_IN"], direction: "IN" },
  portfolio: { types: ["INVESTED_IN"], direction: "OUT" },
  founders: { types: ["FOUNDED"], direction: "IN" },
  people: { types: ["WORKS_AT", "FOUNDED"], direction: "IN" },
  acquisitions: { types: ["ACQUIRED"], direction: "OUT" },
  acquiredBy: { types: ["ACQUIRED"], direction: "IN" },
  legalActions: { types: ["SUED"], direction: "BOTH" },
  products: { types: ["OWNS"], direction: "OUT" },
  owners: { types: ["OWNS"], direction: "IN" },
  parents: { types: ["SUBSIDIARY_OF"], direction: "OUT" },
  subsidiaries: { types: ["SUBSIDIARY_OF"], direction: "IN" },
  positioning: { types: ["POSITIONED_IN"], direction: "OUT" },
  roles: { types: ["WORKS_AT", "FOUNDED"], direction: "OUT" },
  founded: { types: ["FOUNDED"], direction: "OUT" },
  moves: { types: ["JOINED"], direction: "OUT" },
} as const satisfies Record<string, { types: readonly RelationshipTypeName[]; direction: ConnectionDirection }>;
export type ConnectionName = keyof typeof RELATIONSHIP_CONNECTIONS;

/** The entity types a connection's far end can have, by RELATIONSHIP_ENDS: one type means its edges' nodes are typed by it. */
export function farEndTypes(connection: ConnectionName): EntityTypeName[] {
  const { types, direction } = RELATIONSHIP_CONNECTIONS[connection];
  const ends = types.flatMap((type): readonly EntityTypeName[] => {
    const { from, to }: RelationshipEnds = RELATIONSHIP_ENDS[type];
    return direction === "OUT" ? to : direction === "IN" ? from : [...from, ...to];
  });
  return [...new Set(ends)];
}

/** What a claim says about its fact (docs/claims.md). */
export const CLAIM_STANCES = {
  ASSERTS: "The source states the fact, with the values the claim gives.",
  DENIES: "The source, or a party it reports, says the fact is false.",
  DISPUTES: "The source, or a party it reports, contests the fact or its basis without a flat denial.",
} as const satisfies Record<string, string>;
export type ClaimStanceName = keyof typeof CLAIM_STANCES;

/** Where a claim stands in the fact's history: a later load never deletes a claim, it changes its status. */
export const CLAIM_STATUSES = {
  ACTIVE: "Counts towards the fact's values and towards `disputed`.",
  SUPERSEDED: "Replaced by a later report of the same source; kept, shown, not counted.",
  RETRACTED: "Withdrawn by its source; kept, shown, not counted.",
} as const satisfies Record<string, string>;
export type ClaimStatusName = keyof typeof CLAIM_STATUSES;
