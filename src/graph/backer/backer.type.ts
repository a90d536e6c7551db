import { Field, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Entity } from "../entity/entity.type";
import { Citation } from "../source/citation.type";

export enum BackerState {
  INVESTED = "INVESTED",
  SUING = "SUING",
  EXITED = "EXITED",
}
registerEnumType(BackerState, {
  name: "BackerState",
  description: "What an investor-founder relation has become.",
  valuesConfig: {
    INVESTED: { description: "The investor holds (or is not reported to have left) an investment in a company the founder founded." },
    SUING: { description: "The investor has brought a legal action against the founder or the company." },
    EXITED: { description: "The investment is reported as ended." },
  },
});

/** Fields shared by both sides of the backer view (a founder's backers, an investor's founders), around the entity at the other side. */
function BackerEdgeFields(nodeDescription: string) {
  @ObjectType()
  abstract class BackerEdgeFields extends EdgeType<Entity>(() => Entity, nodeDescription) {
    @Field(() => [Entity], { description: "The companies that link the two: founded by the founder, invested in by the investor." })
    companies: Entity[];
    @Field(() => [BackerState], { description: "What the relation has become; several at once (an investor may be invested and suing)." })
    states: BackerState[];
    @Field(() => [Citation], { description: "Evidence for the investments and legal actions behind the states." })
    citations: Citation[];

    /** Where the claims of the INVESTED_IN, FOUNDED and SUED facts behind the pair are filed. */
    factKeys: string[];
  }
  return BackerEdgeFields;
}

@ObjectType({ description: "An investor in a company the person founded, and the state of the relation." })
export class BackerEdge extends BackerEdgeFields("The investor.") {}

@ObjectType({ description: "A founder of a company the investor backed, and the state of the relation." })
export class FounderRelationEdge extends BackerEdgeFields("The founder.") {}

@ObjectType({ description: "A page of a founder's backers." })
export class BackerConnection extends ConnectionType(BackerEdge) {}
@ObjectType({ description: "A page of an investor's founder relations." })
export class FounderRelationConnection extends ConnectionType(FounderRelationEdge) {}
