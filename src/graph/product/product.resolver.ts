import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { PageArgs } from "../../common/page.args";
import { Product } from "../entity/entity.type";
import { EDGE_FIELDS, ProductConnection } from "../relationship/relationship.type";
import { relationshipConnection } from "../relationship/relationship.resolver";

@Resolver(() => Product)
export class ProductResolver {
  @FieldResolver(() => ProductConnection, { description: "Organisations that own this product." })
  owners(@Root() product: Product, @Args() args: PageArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, product, "owners", args, EDGE_FIELDS.none);
  }
}
