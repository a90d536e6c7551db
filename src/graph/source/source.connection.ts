import { Field, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination";
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
