import { ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Entity } from "../entity/entity.type";
import { Source } from "./source.type";

@ObjectType({ description: "A source in a list." })
export class SourceEdge extends EdgeType<Source>(() => Source, "The source.") {}

@ObjectType({ description: "A page of sources." })
export class SourceConnection extends ConnectionType(SourceEdge) {}

@ObjectType({ description: "An entity a source names." })
export class SourceMentionEdge extends EdgeType<Entity>(() => Entity, "The entity the source names.") {}

@ObjectType({ description: "A page of the entities a source names, by name." })
export class SourceMentionConnection extends ConnectionType(SourceMentionEdge) {}
