import { ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Entity } from "./entity.type";

@ObjectType({ description: "An entity in a page of entities." })
export class EntityEdge extends EdgeType<Entity>(() => Entity, "The entity.") {}

@ObjectType({ description: "A page of entities (organisations, people, products ...)." })
export class EntityConnection extends ConnectionType(EntityEdge) {}
