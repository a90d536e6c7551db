import { Field, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination";
import { Entity } from "../entity/entity.type";
import { Source } from "./source.type";

@ObjectType({ description: "A source in a list." })
export class SourceEdge {
  @Field({ description: "Opaque cursor of this edge." })
  cursor: string;
  @Field(() => Source, { description: "The source." })
  node: Source;
}

@ObjectType({ description: "A page of sources." })
export class SourceConnection extends ConnectionType(SourceEdge) {}

@ObjectType({ description: "An entity a source names." })
export class SourceMentionEdge {
  @Field({ description: "Opaque cursor of this edge." })
  cursor: string;
  @Field(() => Entity, { description: "The entity the source names." })
  node: Entity;
}

@ObjectType({ description: "A page of the entities a source names, by name." })
export class SourceMentionConnection extends ConnectionType(SourceMentionEdge) {}
