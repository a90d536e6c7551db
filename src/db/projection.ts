/**
 * What a query reads of the entities and events it returns, for the templates that render their
 * projections (partials/entity.cypher, list-events.cypher). Property names come from these
 * whitelists only, never from a request.
 */

/** The entity's stored properties every query returns with it (entityFromRow reads them), besides its citations and aliases. */
export const ENTITY_PROPERTIES = ["uid", "slug", "name", "type", "kinds", "description", "version"] as const;
export type EntityProperty = (typeof ENTITY_PROPERTIES)[number];

/** An entity's projection: which of its properties, and whether its citations and aliases are read. */
export interface EntityProjection {
  properties: readonly EntityProperty[];
  citations: boolean;
  aliases: boolean;
}
export const FULL_ENTITY_PROJECTION: EntityProjection = { properties: ENTITY_PROPERTIES, citations: true, aliases: true };

/** The event's stored properties (eventFromRow reads them), besides its citations. */
export const EVENT_PROPERTIES = [
  "uid",
  "slug",
  "type",
  "title",
  "summary",
  "certainty",
  "disputed",
  "dateText",
  "datePrecision",
  "dateStart",
  "dateEnd",
  "amount",
  "currency",
  "valuation",
  "valuationCurrency",
  "percentage",
  "round",
  "roundCount",
  "legalKind",
  "jobTitle",
  "quote",
  "speakerDescription",
] as const;
export type EventProperty = (typeof EVENT_PROPERTIES)[number];

/** An event's projection: which of its properties, and whether its citations are read. */
export interface EventProjection {
  properties: readonly EventProperty[];
  citations: boolean;
}
export const FULL_EVENT_FIELDS: EventProjection = { properties: EVENT_PROPERTIES, citations: true };

/** A timeline page's projection: what of each event, whether its participants are read, and what of their entities. */
export interface EventPageProjection extends EventProjection {
  participants: boolean;
  entity: EntityProjection;
}
export const FULL_EVENT_PROJECTION: EventPageProjection = { ...FULL_EVENT_FIELDS, participants: true, entity: FULL_ENTITY_PROJECTION };

/**
 * The stored relationship properties an edge's fields read (edgeBase and EDGE_FIELDS in
 * relationship.type.ts, the dates through partialDateFrom), besides its citations.
 */
export const RELATIONSHIP_PROPERTIES = [
  "key",
  "eventSlug",
  "certainty",
  "disputed",
  ...(["date", "endDate"] as const).flatMap((d) => [`${d}Text`, `${d}Precision`, `${d}Start`, `${d}End`] as const),
  "round",
  "amount",
  "currency",
  "valuation",
  "valuationCurrency",
  "title",
  "kind",
  "leftSlug",
] as const;
export type RelationshipProperty = (typeof RELATIONSHIP_PROPERTIES)[number];

/**
 * Stored dates, projected as their ISO text: the API answers them as text anyway, and the driver
 * decodes a Date with 64-bit integer arithmetic in JavaScript, which cost more than the rest of a
 * timeline page's row.
 */
const DATE_PROPERTIES: ReadonlySet<string> = new Set(["dateStart", "dateEnd", "endDateStart", "endDateEnd"]);

/** The map projection's items (`.uid`, `dateStart: toString(ev.dateStart)`, ...) of whitelisted names of `variable`. */
export const propertyItems = (variable: string, properties: readonly string[]): string[] =>
  properties.map((p) => (DATE_PROPERTIES.has(p) ? `${p}: toString(${variable}.${p})` : `.${p}`));

/** The same items as one list (`.uid, .slug, dateStart: toString(ev.dateStart), ...`). */
export const propertyList = (variable: string, properties: readonly string[]) => propertyItems(variable, properties).join(", ");
