import { getNamedType, GraphQLResolveInfo } from "graphql";
import { EntityProjection, EntityProperty, EventPageProjection, EventProperty } from "../../db/projection";
import { fieldOf, PlanContext, SelectedField, selectedFields } from "./plan";

// A timeline page (list-events.cypher) reads of each event, and of its participants' entities, only
// the stored properties behind the fields the operation selects. Every other field of an event or an
// entity resolves from its slug (claims, connections, events ...; `history` from its id, listed) or
// is not stored (`__typename` comes from `type`); test/unit/event-page-plan.test.ts checks the
// schema's fields against these tables.

/** The stored properties each field of an event reads (eventFromRow). */
export const EVENT_FIELD_PROPERTIES: Record<string, readonly EventProperty[]> = {
  id: ["uid"],
  slug: [],
  type: [],
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
const EVENT_ALWAYS: readonly EventProperty[] = ["slug", "type", "dateStart"];

/** The stored properties each field of an entity reads (entityFromRow). */
export const ENTITY_FIELD_PROPERTIES: Record<string, readonly EntityProperty[]> = {
  id: ["uid"],
  slug: [],
  name: ["name"],
  type: [],
  kinds: ["kinds"],
  description: ["description"],
  version: ["version"],
  // The change feed files an entity's changes under its id.
  history: ["uid"],
};
/** Read whatever is selected: the key its fields resolve from, and the type (its GraphQL type). */
const ENTITY_ALWAYS: readonly EntityProperty[] = ["slug", "type"];

const isCitations = (name: string) => name === "citations" || name === "citationsConnection";
const isParticipants = (name: string) => name === "participants" || name === "participantsConnection";

/** The fields selected below `field` along a path of field names (e.g. edges, node), through fragments. */
function fieldsAt(field: SelectedField, path: string[], ctx: PlanContext): SelectedField[] {
  let level = [field];
  for (const name of [...path, ""]) {
    const next: SelectedField[] = [];
    for (const parent of level) {
      const definition = fieldOf(parent);
      if (!definition) continue;
      for (const child of selectedFields(parent.node.selectionSet, getNamedType(definition.type), ctx))
        if (name === "" || child.node.name.value === name) next.push(child);
    }
    level = next;
  }
  return level;
}

/** The nodes' fields of a connection (`edges.node` and `nodes`). */
const nodeFields = (connection: SelectedField, ctx: PlanContext) => [
  ...fieldsAt(connection, ["edges", "node"], ctx),
  ...fieldsAt(connection, ["nodes"], ctx),
];

function propertiesOf<P extends string>(fields: SelectedField[], table: Record<string, readonly P[]>, always: readonly P[]): P[] {
  const read = new Set<P>(always);
  for (const field of fields) for (const property of table[field.node.name.value] ?? []) read.add(property);
  return [...read];
}

function entityProjection(fields: SelectedField[]): EntityProjection {
  return {
    properties: propertiesOf(fields, ENTITY_FIELD_PROPERTIES, ENTITY_ALWAYS),
    citations: fields.some((field) => isCitations(field.node.name.value)),
    aliases: fields.some((field) => field.node.name.value === "aliases"),
  };
}

/** What a connection of events (`events`) reads for the selection under its field nodes. */
export function eventPageProjection(info: GraphQLResolveInfo): EventPageProjection {
  const ctx: PlanContext = { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
  const events = info.fieldNodes.flatMap((node) => nodeFields({ node, parentType: info.parentType }, ctx));
  const entities = events.flatMap((event) => {
    const name = event.node.name.value;
    if (name === "participants") return fieldsAt(event, ["entity"], ctx);
    return name === "participantsConnection" ? nodeFields(event, ctx) : [];
  });
  return {
    properties: propertiesOf(events, EVENT_FIELD_PROPERTIES, EVENT_ALWAYS),
    citations: events.some((event) => isCitations(event.node.name.value)),
    participants: events.some((event) => isParticipants(event.node.name.value)),
    entity: entityProjection(entities),
  };
}
