import { GraphQLResolveInfo } from "graphql";
import { EventPageProjection } from "../../db/projection";
import { EVENT_ALWAYS, EVENT_FIELD_PROPERTIES, propertiesOf } from "./field-properties";
import { entityParts, fieldsAt, isCitations, nodeFields, planContextOf } from "./plan";

// A timeline page (list-events.cypher) reads of each event, and of its participants' entities, only
// the stored properties behind the fields the operation selects (field-properties.ts).

const isParticipants = (name: string) => name === "participants" || name === "participantsConnection";

/** What a connection of events (`events`) reads for the selection under its field nodes. */
export function eventPageProjection(info: GraphQLResolveInfo): EventPageProjection {
  const ctx = planContextOf(info);
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
