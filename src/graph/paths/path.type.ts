import { Field, Int, ObjectType } from "type-graphql";
import { Certainty, ParticipantRole, RelationshipDirection } from "../../common/enums";
import { PartialDate } from "../../common/partial-date.type";
import { Event } from "../event/event.type";
import { Node } from "../node/node.type";
import { Citation } from "../source/citation.type";

@ObjectType({ description: "One hop of a path: a relationship between two entities, or an entity's part in an event, with its evidence." })
export class PathStep {
  @Field(() => Node, { description: "Where the step starts (the previous node of the path)." })
  from: Node;
  @Field(() => Node, { description: "Where the step ends (the next node of the path)." })
  to: Node;
  @Field({
    description:
      "The stored relationship type: `INVESTED_IN`, `WORKS_AT`, `SUED` ..., or `PARTICIPATED_IN` between an entity and an event.",
  })
  relationship: string;
  @Field(() => RelationshipDirection, {
    description:
      "OUTGOING when the relationship points from `from` to `to` (e.g. investor INVESTED_IN company), INCOMING when the step walks it backwards.",
  })
  direction: RelationshipDirection;
  @Field(() => PartialDate, {
    nullable: true,
    description: "When the relationship began or the event behind it happened; for PARTICIPATED_IN, the event's date.",
  })
  date: PartialDate | null;
  @Field(() => Certainty, {
    nullable: true,
    description: "How firmly the source states the relationship (for PARTICIPATED_IN, the event's certainty).",
  })
  certainty: Certainty | null;
  @Field(() => [Citation], {
    description: "Evidence for the step: source and verbatim quote (for PARTICIPATED_IN, the event's citations).",
  })
  citations: Citation[];
  @Field(() => ParticipantRole, {
    nullable: true,
    description: "For PARTICIPATED_IN: the part the entity plays in the event (CLAIMANT, SPEAKER ...); null otherwise.",
  })
  role: ParticipantRole | null;
  @Field(() => String, { nullable: true, description: "The role's title for WORKS_AT (e.g. `Managing Partner`), when reported." })
  title: string | null;
  @Field(() => Event, {
    nullable: true,
    description:
      "The event the step goes through (PARTICIPATED_IN) or that the relationship was derived from (e.g. the arbitration behind SUED); null for relationships stated directly.",
  })
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

@ObjectType({ description: "A chain of relationships linking two nodes, hop by hop, each hop with its evidence." })
export class Path {
  @Field(() => Int, { description: "Number of hops (steps); 0 when both ends are the same node." })
  length: number;
  @Field(() => [Node], {
    description: "The nodes in order, from the start to the end of the path: entities and events (`length + 1` of them).",
  })
  nodes: Node[];
  @Field(() => [PathStep], { description: "The hops in order; step i goes from `nodes[i]` to `nodes[i + 1]`." })
  steps: PathStep[];
}
