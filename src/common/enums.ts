import { registerEnumType } from "type-graphql";
import {
  CERTAINTIES,
  CLAIM_STANCES,
  CLAIM_STATUSES,
  CURRENCY_CODES,
  CurrencyCodeName,
  LINK_KINDS,
  LinkKindName,
  SOURCE_KIND_DESCRIPTIONS,
  ClaimStanceName,
  ClaimStatusName,
  ENTITY_KINDS,
  ENTITY_TYPES,
  EVENT_TYPES,
  LEGAL_KINDS,
  METRIC_QUALIFIERS,
  PARTICIPANT_ROLES,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_TYPES,
} from "./vocabulary";

// GraphQL enums are built from the vocabulary (vocabulary.ts), so a value the loader accepts is always one
// the API can return. Each value gets a description (GitHub-style schema documentation). Enums grow:
// an output enum's description says so, and clients must treat an unknown value as "other".

/** The sentence every output enum's description ends with (see CHANGELOG.md: clients tolerate new values). */
export const GROWS = 'New values may be added without a new major version: treat an unknown value as "other".';

function describedValues(descriptions: Record<string, string>) {
  return Object.fromEntries(Object.entries(descriptions).map(([name, description]) => [name, { description }]));
}

function enumOf<T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const EntityKind = enumOf(ENTITY_KINDS);
export type EntityKind = keyof typeof EntityKind;
registerEnumType(EntityKind, {
  name: "EntityKind",
  description: `What an entity is. An organisation may have several kinds (a big tech company that also invests). ${GROWS}`,
  valuesConfig: {
    STARTUP: { description: "A young company building AI products or models." },
    INVESTOR: { description: "A venture capital, private equity or corporate investor." },
    BIG_TECH: { description: "A large technology platform company." },
    CLOUD_PROVIDER: { description: "A company selling cloud computing (including model inference)." },
    RESEARCH: { description: "A research group, lab or research centre." },
    DATA_PROVIDER: { description: "A provider of market data or statistics." },
    MEDIA: { description: "A news publisher." },
    MANUFACTURER: { description: "A hardware maker, e.g. of smartphones." },
    UNIVERSITY: { description: "A university." },
    FOUNDER: { description: "A person who founded a company." },
    EXECUTIVE: { description: "A person holding an executive or partner role." },
    RESEARCHER: { description: "A person doing research." },
    ENGINEER: { description: "A person doing engineering work." },
    AI_MODEL: { description: "A large model or model family." },
    ASSISTANT: { description: "An AI assistant or chatbot product." },
    CLOUD_SERVICE: { description: "A cloud service product." },
    APP: { description: "An application." },
    MARKET: { description: "A market or market segment (the subject of market statistics)." },
  },
});

export const EntityType = enumOf(ENTITY_TYPES);
export type EntityType = keyof typeof EntityType;
registerEnumType(EntityType, {
  name: "EntityType",
  description: `The GraphQL type of an entity. ${GROWS}`,
  valuesConfig: {
    ORGANIZATION: { description: "An `Organization`." },
    PERSON: { description: "A `Person`." },
    PRODUCT: { description: "A `Product`." },
    MARKET: { description: "A `Market`." },
  },
});

export const Certainty = enumOf(CERTAINTIES);
export type Certainty = keyof typeof Certainty;
registerEnumType(Certainty, {
  name: "Certainty",
  description: `How firmly the source states a fact. ${GROWS}`,
  valuesConfig: {
    CONFIRMED: { description: "Reported as fact by the source." },
    REPORTED: { description: "An attributed claim, a rumour or one party's word." },
    ESTIMATED: { description: 'An estimate or forecast ("expected to", "about", "rough estimates").' },
  },
});

export const EventType = enumOf(EVENT_TYPES);
export type EventType = keyof typeof EventType;
registerEnumType(EventType, {
  name: "EventType",
  description: `The kind of an event on the timeline. ${GROWS}`,
  valuesConfig: {
    FUNDING_ROUND: { description: "Investors put money into a company." },
    ACQUISITION: { description: "One organisation buys another." },
    LEGAL_ACTION: { description: "An arbitration or lawsuit." },
    PRICE_CHANGE: { description: "A vendor changes its prices." },
    TALENT_MOVE: { description: "A person or team moves from one organisation to another." },
    LICENSING_DEAL: { description: "A technology licensing agreement." },
    PRODUCT_LAUNCH: { description: "A product is launched." },
    STATEMENT: { description: "Someone said something on the record." },
    LAYOFF: { description: "A company lays off staff." },
  },
});

export const ParticipantRole = enumOf(PARTICIPANT_ROLES);
export type ParticipantRole = keyof typeof ParticipantRole;
registerEnumType(ParticipantRole, {
  name: "ParticipantRole",
  description: `The part an entity plays in an event. ${GROWS}`,
  valuesConfig: {
    ACQUIRER: { description: "The buyer in an acquisition." },
    TARGET: { description: "The company bought in an acquisition." },
    INVESTOR: { description: "An investor in a funding round." },
    INVESTEE: { description: "The company raising a funding round." },
    CLAIMANT: { description: "The party bringing a legal action." },
    RESPONDENT: { description: "The party a legal action is brought against." },
    VENDOR: { description: "The seller changing a price." },
    PERSON: { description: "The person who moves." },
    FROM: { description: "The organisation left." },
    TO: { description: "The organisation joined." },
    LICENSOR: { description: "The party granting a licence." },
    LICENSEE: { description: "The party taking a licence." },
    SPEAKER: { description: "Who made a statement." },
    SUBJECT: { description: "What an event or statement is about." },
    VENUE: { description: "Where an event took place or was heard, e.g. the arbitral institution of an arbitration." },
    PRODUCT: { description: "The product concerned." },
  },
});

export const LegalKind = enumOf(LEGAL_KINDS);
export type LegalKind = keyof typeof LegalKind;
registerEnumType(LegalKind, {
  name: "LegalKind",
  description: `The form of a legal action. ${GROWS}`,
  valuesConfig: { ARBITRATION: { description: "An arbitration." }, LAWSUIT: { description: "A lawsuit in court." } },
});

export const MetricQualifier = enumOf(METRIC_QUALIFIERS);
export type MetricQualifier = keyof typeof MetricQualifier;
registerEnumType(MetricQualifier, {
  name: "MetricQualifier",
  description: `How a figure relates to the value stated. ${GROWS}`,
  valuesConfig: {
    EXACT: { description: "Exactly the value." },
    ABOUT: { description: "Approximately the value." },
    MORE_THAN: { description: 'More than the value ("exceeded").' },
    LESS_THAN: { description: "Less than the value." },
    AT_LEAST: { description: "At least the value." },
    CLOSE_TO: { description: "Close to, just under, the value." },
  },
});

export const ClaimStance = enumOf(Object.keys(CLAIM_STANCES) as ClaimStanceName[]);
export type ClaimStance = keyof typeof ClaimStance;
registerEnumType(ClaimStance, {
  name: "ClaimStance",
  description: `What a claim says about its fact. ${GROWS}`,
  valuesConfig: describedValues(CLAIM_STANCES),
});

export const ClaimStatus = enumOf(Object.keys(CLAIM_STATUSES) as ClaimStatusName[]);
export type ClaimStatus = keyof typeof ClaimStatus;
registerEnumType(ClaimStatus, {
  name: "ClaimStatus",
  description: `Where a claim stands in its fact's history (claims are never deleted). ${GROWS}`,
  valuesConfig: describedValues(CLAIM_STATUSES),
});

export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  HALF_YEAR = "HALF_YEAR",
  YEAR = "YEAR",
  INTERVAL = "INTERVAL",
}
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: `How precisely a source dates a fact. ${GROWS}`,
  valuesConfig: {
    DAY: { description: "A single day: 2024-12-05." },
    MONTH: { description: "A month: 2024-10." },
    QUARTER: { description: "A quarter: 2024-Q2." },
    HALF_YEAR: { description: "A half-year: 2024-H2." },
    YEAR: { description: "A year: 2024." },
    INTERVAL: { description: "A span between two dates: 2024-01-01/2024-12-05." },
  },
});

export enum RelationshipDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}
registerEnumType(RelationshipDirection, {
  name: "RelationshipDirection",
  description: "Whether a step follows a relationship as stored (from -> to) or against it.",
  valuesConfig: {
    OUTGOING: { description: "The step goes the way the relationship points." },
    INCOMING: { description: "The step goes against the way the relationship points." },
  },
});

export const RelationshipKind = enumOf(RELATIONSHIP_TYPES);
export type RelationshipKind = keyof typeof RelationshipKind;
registerEnumType(RelationshipKind, {
  name: "RelationshipKind",
  description: `A type of relationship stored between two entities. ${GROWS}`,
  valuesConfig: Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, { description: RELATIONSHIP_KINDS[type] }])),
});

export const LinkKind = enumOf(Object.keys(LINK_KINDS) as LinkKindName[]);
export type LinkKind = keyof typeof LinkKind;
registerEnumType(LinkKind, {
  name: "LinkKind",
  description: `A link a path step or a drawn edge follows: a relationship between two entities (the \`RelationshipKind\` values) or how an event, metric or source hangs on them. ${GROWS}`,
  valuesConfig: describedValues(LINK_KINDS),
});

export const SourceKind = enumOf(Object.keys(SOURCE_KIND_DESCRIPTIONS) as (keyof typeof SOURCE_KIND_DESCRIPTIONS)[]);
export type SourceKind = keyof typeof SourceKind;
registerEnumType(SourceKind, {
  name: "SourceKind",
  description: `What kind of document a source is. ${GROWS}`,
  valuesConfig: describedValues(SOURCE_KIND_DESCRIPTIONS),
});

export const CurrencyCode = enumOf(Object.keys(CURRENCY_CODES) as CurrencyCodeName[]);
export type CurrencyCode = keyof typeof CurrencyCode;
registerEnumType(CurrencyCode, {
  name: "CurrencyCode",
  description: `An ISO 4217 currency code: the codes the data uses and other common ones. ${GROWS}`,
  valuesConfig: describedValues(CURRENCY_CODES),
});
