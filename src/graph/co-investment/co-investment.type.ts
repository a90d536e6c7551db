import { Field, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Entity } from "../entity/entity.type";

@ObjectType({ description: "Another investor in a company this investor invested in." })
export class CoInvestorEdge extends EdgeType<Entity>(() => Entity, "The co-investor (an organisation or a person).") {
  @Field(() => [Entity], { description: "The companies both invested in." })
  companies: Entity[];

  companySlugs: string[];
}

@ObjectType({ description: "A page of co-investors, by name." })
export class CoInvestorConnection extends ConnectionType(CoInvestorEdge) {}

@ObjectType({ description: "A founder of another company that this founder's backers also invested in." })
export class FellowFounderEdge extends EdgeType<Entity>(() => Entity, "The other founder.") {
  @Field(() => [Entity], { description: "The other founder's companies that the shared backers invested in." })
  companies: Entity[];
  @Field(() => [Entity], { description: "The investors in this founder's companies who also invested in the other founder's." })
  backers: Entity[];

  companySlugs: string[];
  backerSlugs: string[];
}

@ObjectType({ description: "A page of fellow founders, by name." })
export class FellowFounderConnection extends ConnectionType(FellowFounderEdge) {}
