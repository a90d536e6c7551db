import { Field, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { ParticipantRole } from "../../common/enums";
import { Entity } from "../entity/entity.type";
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

@ObjectType({ description: "A participant of an event: who took part, and as what." })
export class ParticipantEdge extends EdgeType<Entity>(() => Entity, "Who took part.") {
  @Field(() => ParticipantRole, { description: "The part played: ACQUIRER, TARGET, CLAIMANT ..." })
  role: ParticipantRole;
}

@ObjectType({ description: "A page of an event's participants." })
export class ParticipantConnection extends ConnectionType(ParticipantEdge) {}

@ObjectType("EntityEventConnection", { description: "The events an entity took part in, in date order." })
export class EntityEventConnection extends ConnectionType(EntityEventEdge) {}
