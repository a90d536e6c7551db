import { Field, ID, ObjectType } from "type-graphql";
import { Certainty, LinkKind } from "../../common/enums";
import { Event } from "../event/event.type";
import { Node } from "../node/node.type";
import { Citation } from "../source/citation.type";
import { TraversedRelationship } from "../paths/traversed-relationship.type";

@ObjectType({
  description:
    "A relationship drawn between two nodes of a subgraph: everything needed to draw and label it and to show its evidence, without another query. It keeps the stored direction (from -> to).",
})
export class SubgraphEdge extends TraversedRelationship {
  @Field(() => ID, { description: "Opaque id of the edge, stable across requests and data reloads (usable as a drawing key)." })
  id: string;
  @Field(() => ID, { description: "Global id of the node the relationship starts from (one of `Subgraph.nodes`)." })
  fromId: string;
  @Field(() => ID, { description: "Global id of the node the relationship points to (one of `Subgraph.nodes`)." })
  toId: string;
  @Field(() => Node, { description: "The node the relationship starts from." })
  from: Node;
  @Field(() => Node, { description: "The node the relationship points to." })
  to: Node;
  @Field(() => LinkKind, {
    description:
      "The stored link type: `INVESTED_IN`, `WORKS_AT`, `SUED` ..., `PARTICIPATED_IN` from an entity to an event, and with `include`, `HAS_METRIC`/`REPORTED_BY` (metrics) or `MENTIONS`/`REPORTS` (sources).",
  })
  relationship: LinkKind;
  @Field(() => Certainty, { nullable: true, description: "How firmly the source states it (for PARTICIPATED_IN, the event's certainty)." })
  certainty: Certainty | null;
  @Field(() => [Citation], { description: "Evidence: source and verbatim quote (for PARTICIPATED_IN, the event's citations)." })
  citations: Citation[];
  @Field(() => ID, {
    nullable: true,
    description:
      "Global id of the event behind the edge: the event itself for PARTICIPATED_IN, the event a relationship was derived from (e.g. the arbitration behind SUED); null for relationships stated directly.",
  })
  eventId: string | null;
  @Field(() => Event, { nullable: true, description: "The event behind the edge (see `eventId`)." })
  event?: Event | null;
}

@ObjectType({ description: "Nodes and edges around a centre node, bounded in depth and size, ready to draw." })
export class Subgraph {
  @Field(() => Node, { description: "The node the subgraph is drawn around." })
  center: Node;
  @Field(() => [Node], {
    description: "The centre first, then the nodes nearest to it (fewest hops, then most connected); entities and events.",
  })
  nodes: Node[];
  @Field(() => [SubgraphEdge], { description: "Every relationship between two of `nodes` (entity relationships and event participation)." })
  edges: SubgraphEdge[];
  @Field({ description: "True when nodes within `depth` or edges between them were left out to respect the size bound." })
  truncated: boolean;
}
