import { Field, ID, ObjectType } from "type-graphql";
import { Certainty, ParticipantRole } from "../../common/enums";
import { PartialDate } from "../../common/partial-date.type";
import { Event } from "../event/event.type";
import { Node } from "../node/node.type";
import { Citation } from "../source/citation.type";

@ObjectType({
  description:
    "A relationship drawn between two nodes of a subgraph: everything needed to draw and label it and to show its evidence, without another query. It keeps the stored direction (from -> to).",
})
export class SubgraphEdge {
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
  @Field({
    description: "The stored relationship type: `INVESTED_IN`, `WORKS_AT`, `SUED` ..., or `PARTICIPATED_IN` from an entity to an event.",
  })
  relationship: string;
  @Field(() => ParticipantRole, {
    nullable: true,
    description: "For PARTICIPATED_IN: the part the entity plays in the event (CLAIMANT, SPEAKER ...); null otherwise.",
  })
  role: ParticipantRole | null;
  @Field(() => String, { nullable: true, description: "The role's title for WORKS_AT (e.g. `Managing Partner`), when reported." })
  title: string | null;
  @Field(() => PartialDate, {
    nullable: true,
    description: "When the relationship began or the event behind it happened; for PARTICIPATED_IN, the event's date.",
  })
  date: PartialDate | null;
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

  @Field({
    description:
      "True when the fact behind the edge is disputed: ACTIVE claims disagree on a value, or one denies or disputes it (for PARTICIPATED_IN, the event's flag; the same flag as `Event.disputed` and the relationship edges' `disputed`).",
  })
  disputed: boolean;

  eventSlug: string | null;
  /** Where the claims of the fact behind the edge are filed; null when it has none. */
  factKey: string | null;
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
