import { Field, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { ParticipantRole } from "../../common/enums";
import { Event } from "./event.type";

@ObjectType({ description: "An event on a timeline." })
export class EventEdge extends EdgeType<Event>(() => Event, "The event.") {}

@ObjectType("EventConnection", { description: "A page of events in date order." })
export class EventConnection extends ConnectionType(EventEdge) {}

@ObjectType({ description: "An event an entity took part in, with the part it played." })
export class EntityEventEdge extends EventEdge {
  @Field(() => [ParticipantRole], { description: "The parts this entity played in the event." })
  roles: ParticipantRole[];
}

@ObjectType("EntityEventConnection", { description: "The events an entity took part in, in date order." })
export class EntityEventConnection extends ConnectionType(EntityEventEdge) {}
