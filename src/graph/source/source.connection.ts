import { ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Source } from "./source.type";

@ObjectType({ description: "A source in a list." })
export class SourceEdge extends EdgeType<Source>(() => Source, "The source.") {}

@ObjectType({ description: "A page of sources." })
export class SourceConnection extends ConnectionType(SourceEdge) {}
