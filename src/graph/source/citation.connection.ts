import { ObjectType } from "type-graphql";
import { listConnection } from "../../common/list-page";
import { ConnectionType, EdgeType, PageArgsShape } from "../../common/pagination";
import { Citation } from "./citation.type";

@ObjectType({ description: "A citation in a page of citations." })
export class CitationEdge extends EdgeType<Citation>(() => Citation, "The citation: source and verbatim quote.") {}

@ObjectType({ description: "A page of citations, in the order the facts were loaded." })
export class CitationConnection extends ConnectionType(CitationEdge) {}

/** One page of citations already loaded with their parent (an entity row carries them). */
export function citationConnection(citations: Citation[], args: PageArgsShape): CitationConnection {
  return listConnection(
    citations,
    args,
    (c) => `${c.sourceSlug}\n${c.quote}`,
    (node, cursor) => ({ cursor, node }),
  );
}
