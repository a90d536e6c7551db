import { Field, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination";
import { Market, Organization, Person, Product } from "../entity/entity.type";

@ObjectType({ description: "An organisation in a list." })
export class OrganizationEdge {
  @Field({ description: "Opaque cursor of this edge." })
  cursor: string;
  @Field(() => Organization, { description: "The organisation." })
  node: Organization;
}

@ObjectType({ description: "A page of organisations." })
export class OrganizationConnection extends ConnectionType(OrganizationEdge) {}

@ObjectType({ description: "A person in a list." })
export class PersonEdge {
  @Field({ description: "Opaque cursor of this edge." })
  cursor: string;
  @Field(() => Person, { description: "The person." })
  node: Person;
}

@ObjectType({ description: "A page of people." })
export class PersonConnection extends ConnectionType(PersonEdge) {}

@ObjectType({ description: "A product in a list." })
export class ProductEdge {
  @Field({ description: "Opaque cursor of this edge." })
  cursor: string;
  @Field(() => Product, { description: "The product." })
  node: Product;
}

@ObjectType({ description: "A page of products." })
export class ProductConnection extends ConnectionType(ProductEdge) {}

@ObjectType({ description: "A market or market segment in a list." })
export class MarketEdge {
  @Field({ description: "Opaque cursor of this edge." })
  cursor: string;
  @Field(() => Market, { description: "The market." })
  node: Market;
}

@ObjectType({ description: "A page of markets and market segments." })
export class MarketConnection extends ConnectionType(MarketEdge) {}
