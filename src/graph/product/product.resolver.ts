import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { Product } from "../entity/entity.type";
import { EDGE_FIELDS, ProductOwnerConnection } from "../relationship/relationship.type";
import { RelationshipArgs } from "../relationship/relationship.args";
import { relationshipConnection } from "../relationship/relationship.resolver";

@Resolver(() => Product)
export class ProductResolver {
  @FieldResolver(() => ProductOwnerConnection, { description: "Organisations that own this product." })
  owners(@Root() product: Product, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, product, "owners", args, EDGE_FIELDS.none);
  }
}
