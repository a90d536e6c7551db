import { getNamedType, GraphQLResolveInfo } from "graphql";
import { EventPageProjection } from "../../db/projection";
import { EVENT_ALWAYS, EVENT_FIELD_PROPERTIES, propertiesOf } from "./field-properties";
import { entityParts, fieldOf, isCitations, PlanContext, SelectedField, selectedFields } from "./plan";

// A timeline page (list-events.cypher) reads of each event, and of its participants' entities, only
// the stored properties behind the fields the operation selects (field-properties.ts).

const isParticipants = (name: string) => name === "participants" || name === "participantsConnection";

/** The fields selected directly under `field`, through fragments. */
function childrenOf(field: SelectedField, ctx: PlanContext): SelectedField[] {
  const definition = fieldOf(field);
  return definition ? selectedFields(field.node.selectionSet, getNamedType(definition.type), ctx) : [];
}

/** The fields selected under the end of a path of field names below `field` (e.g. edges, node). */
function fieldsAt(field: SelectedField, path: string[], ctx: PlanContext): SelectedField[] {
  let level = [field];
  for (const name of path) level = level.flatMap((parent) => childrenOf(parent, ctx)).filter((child) => child.node.name.value === name);
  return level.flatMap((parent) => childrenOf(parent, ctx));
}

/** The nodes' fields of a connection (`edges.node` and `nodes`). */
const nodeFields = (connection: SelectedField, ctx: PlanContext) => [
  ...fieldsAt(connection, ["edges", "node"], ctx),
  ...fieldsAt(connection, ["nodes"], ctx),
];

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
    entity: entityParts(entities),
  };
}
