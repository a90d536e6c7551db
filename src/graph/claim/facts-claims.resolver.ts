import { Args, ClassType, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { AppContext } from "../../context";
import { claimConnection } from "./claim.connection";
import { ClaimConnection } from "./claim.type";

/**
 * Resolves `claims` on an edge type that stands for several facts at once (a backer pair: investments,
 * foundings, legal actions): the claims of all of them, through the request's by-fact loader (one query per level).
 */
export function factsClaimsResolver<T extends object>(edge: ClassType<T>, description: string) {
  @Resolver(() => edge)
  class FactsClaimsResolver {
    @FieldResolver(() => ClaimConnection, { description })
    async claims(@Root() root: { factKeys: string[] }, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<ClaimConnection> {
      const perFact = await ctx.loaders.claimsByFact.loadMany(root.factKeys);
      const claims = perFact.flatMap((found) => {
        if (found instanceof Error) throw found;
        return found;
      });
      return claimConnection(claims, args);
    }
  }
  return FactsClaimsResolver;
}
