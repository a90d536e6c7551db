import { EntityProperty, EventProperty, RelationshipProperty } from "../../db/projection";
import { SelectedField } from "./plan";

// Which stored properties each GraphQL field reads, for the statements that read only what an
// operation selects (statement.ts, list-events.cypher). A field not in its table reads none: it
// resolves from the key (connections, claims, events ... through their loaders), from the type, or
// from a flag of the plan (citations, aliases, participants). test/unit/field-properties.test.ts
// checks every field of the schema's entity, event and edge types against these tables.

/** An entity's fields (entityFromRow). */
export const ENTITY_FIELD_PROPERTIES: Record<string, readonly EntityProperty[]> = {
  id: ["uid"],
  name: ["name"],
  kinds: ["kinds"],
  description: ["description"],
  version: ["version"],
  // The change feed files an entity's changes under its id.
  history: ["uid"],
};
/** Read whatever is selected: the key its fields resolve from, and the type (its GraphQL type). */
export const ENTITY_ALWAYS: readonly EntityProperty[] = ["slug", "type"];

/** An event's fields (eventFromRow). */
export const EVENT_FIELD_PROPERTIES: Record<string, readonly EventProperty[]> = {
  id: ["uid"],
  title: ["title"],
  summary: ["summary"],
  certainty: ["certainty"],
  disputed: ["disputed"],
  date: ["dateText", "datePrecision", "dateStart", "dateEnd"],
  amount: ["amount", "currency"],
  price: ["amount", "currency"],
  valuation: ["valuation", "valuationCurrency"],
  round: ["round"],
  roundCount: ["roundCount"],
  legalKind: ["legalKind"],
  percentage: ["percentage"],
  jobTitle: ["jobTitle"],
  quote: ["quote"],
  speakerDescription: ["speakerDescription"],
};
/** Read whatever is selected: the key, the type (its GraphQL type) and the page's sort key (its cursor). */
export const EVENT_ALWAYS: readonly EventProperty[] = ["slug", "type", "dateStart"];

const DATE = ["dateText", "datePrecision", "dateStart", "dateEnd"] as const;

/** A relationship edge's fields (edgeBase and EDGE_FIELDS in relationship.type.ts); its type and direction are always read. */
export const RELATIONSHIP_FIELD_PROPERTIES: Record<string, readonly RelationshipProperty[]> = {
  date: DATE,
  event: ["eventSlug"],
  certainty: ["certainty"],
  disputed: ["disputed"],
  // Filed under the event's key for a relationship derived from one, else under its own.
  claims: ["eventSlug", "key"],
  round: ["round"],
  amount: ["amount", "currency"],
  jobTitle: ["title"],
  title: ["title"],
  from: DATE,
  to: ["endDateText", "endDatePrecision", "endDateStart", "endDateEnd"],
  price: ["amount", "currency"],
  valuation: ["valuation", "valuationCurrency"],
  legalKind: ["kind"],
  kind: ["kind"],
  left: ["leftSlug"],
};

/** The properties `fields` read by `table`, with those always read. */
export function propertiesOf<P extends string>(fields: SelectedField[], table: Record<string, readonly P[]>, always: readonly P[]): P[] {
  const read = new Set<P>(always);
  for (const field of fields) for (const property of table[field.node.name.value] ?? []) read.add(property);
  return [...read];
}
