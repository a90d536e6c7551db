import { Field, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Entity } from "../entity/entity.type";
import { Citation } from "../source/citation.type";

export enum BackingState {
  INVESTED = "INVESTED",
  SUING = "SUING",
  EXITED = "EXITED",
}
registerEnumType(BackingState, {
  name: "BackingState",
  description: "What a backing (an investor in a company a founder founded) has become. New values may be added.",
  valuesConfig: {
    INVESTED: { description: "The investor holds (or is not reported to have left) an investment in a company the founder founded." },
    SUING: { description: "The investor has brought a legal action against the founder or the company." },
    EXITED: { description: "The investment is reported as ended." },
  },
});

/**
 * A backing, seen from either side: one type for `Person.backers` (the node is the investor) and
 * `Organization.backedFounders` (the node is the founder), as the fields are the same.
 */
@ObjectType({
  description:
    "A backing: an investor in a company a founder founded, and what it has become. From the founder (`Person.backers`) the node is the investor; from the investor (`Organization.backedFounders`), the founder.",
})
export class BackingEdge extends EdgeType<Entity>(() => Entity, "The other side: the investor, or the founder.") {
  @Field(() => [Entity], { description: "The companies that link the two: founded by the founder, invested in by the investor." })
  companies: Entity[];
  @Field(() => [BackingState], { description: "What the backing has become; several at once (an investor may be invested and suing)." })
  states: BackingState[];
  @Field(() => [Citation], { description: "Evidence for the investments and legal actions behind the states." })
  citations: Citation[];

  /** Where the claims of the INVESTED_IN, FOUNDED and SUED facts behind the pair are filed. */
  factKeys: string[];
}

@ObjectType({ description: "A page of backings: a founder's backers, or the founders an investor backed." })
export class BackingConnection extends ConnectionType(BackingEdge) {}
