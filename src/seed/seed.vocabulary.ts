/** The closed vocabularies of seed files; the GraphQL enums are built from the same lists. */
export const ENTITY_TYPES = ["ORGANIZATION", "PERSON", "PRODUCT", "MARKET"] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];

export const ENTITY_KINDS = [
  // organisations
  "STARTUP", "INVESTOR", "BIG_TECH", "CLOUD_PROVIDER", "RESEARCH", "DATA_PROVIDER", "MEDIA", "MANUFACTURER", "UNIVERSITY",
  // people
  "FOUNDER", "EXECUTIVE", "RESEARCHER", "ENGINEER",
  // products
  "AI_MODEL", "ASSISTANT", "CLOUD_SERVICE", "APP",
  // markets
  "MARKET",
] as const;
export type EntityKindName = (typeof ENTITY_KINDS)[number];

export const CERTAINTIES = ["CONFIRMED", "REPORTED", "ESTIMATED"] as const;
export type CertaintyName = (typeof CERTAINTIES)[number];

export const EVENT_TYPES = [
  "FUNDING_ROUND", "ACQUISITION", "LEGAL_ACTION", "PRICE_CHANGE", "TALENT_MOVE", "LICENSING_DEAL", "PRODUCT_LAUNCH", "STATEMENT", "LAYOFF",
] as const;
export type EventTypeName = (typeof EVENT_TYPES)[number];

export const PARTICIPANT_ROLES = [
  "ACQUIRER", "TARGET", "INVESTOR", "INVESTEE", "CLAIMANT", "RESPONDENT", "VENDOR", "PERSON", "FROM", "TO", "LICENSOR", "LICENSEE", "SPEAKER", "SUBJECT", "PRODUCT",
] as const;
export type ParticipantRoleName = (typeof PARTICIPANT_ROLES)[number];

/** Relationships a seed states directly (the rest are derived from events). */
export const DIRECT_RELATIONSHIP_TYPES = ["FOUNDED", "WORKS_AT", "OWNS", "SUBSIDIARY_OF", "INVESTED_IN", "PARTNER_OF"] as const;
export type DirectRelationshipType = (typeof DIRECT_RELATIONSHIP_TYPES)[number];

export const LEGAL_KINDS = ["ARBITRATION", "LAWSUIT"] as const;
export const METRIC_QUALIFIERS = ["EXACT", "ABOUT", "MORE_THAN", "LESS_THAN", "AT_LEAST", "CLOSE_TO"] as const;
export const MARKET_SEGMENTS = ["TO_B", "TO_C", "DIVERSIFIED"] as const;
export const SOURCE_KINDS = ["NEWS_ARTICLE", "EDITORIAL"] as const;

// The loader writes labels and relationship types as static Cypher (a template per value, never raw
// input), because Neo4j plans `$(expr)` labels and types with Eager operators and without the
// relationship type in the expand. These are the whitelists those templates are filled from.

/** The label each entity type gets next to `Entity`. */
export const ENTITY_LABELS: Record<EntityTypeName, string> = { ORGANIZATION: "Organization", PERSON: "Person", PRODUCT: "Product", MARKET: "Market" };

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

/** Every relationship type the loader writes between entities. */
export const RELATIONSHIP_TYPES: readonly string[] = [...new Set([...DIRECT_RELATIONSHIP_TYPES, ...DERIVED_RELATIONSHIP_TYPES])];
