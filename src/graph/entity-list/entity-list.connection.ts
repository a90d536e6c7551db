import { ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Market, Organization, Person, Product } from "../entity/entity.type";

@ObjectType({ description: "An organisation in a list." })
export class OrganizationEdge extends EdgeType<Organization>(() => Organization, "The organisation.") {}

@ObjectType({ description: "A page of organisations." })
export class OrganizationConnection extends ConnectionType(OrganizationEdge) {}

@ObjectType({ description: "A person in a list." })
export class PersonEdge extends EdgeType<Person>(() => Person, "The person.") {}

@ObjectType({ description: "A page of people." })
export class PersonConnection extends ConnectionType(PersonEdge) {}

@ObjectType({ description: "A product in a list." })
export class ProductEdge extends EdgeType<Product>(() => Product, "The product.") {}

@ObjectType({ description: "A page of products." })
export class ProductConnection extends ConnectionType(ProductEdge) {}

@ObjectType({ description: "A market or market segment in a list." })
export class MarketEdge extends EdgeType<Market>(() => Market, "The market.") {}

@ObjectType({ description: "A page of markets and market segments." })
export class MarketConnection extends ConnectionType(MarketEdge) {}
