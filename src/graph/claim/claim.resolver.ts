import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { Entity } from "../entity/entity.type";
import { Source } from "../source/source.type";
import { Claim } from "./claim.type";

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Source, { description: "The source making the claim." })
  async source(@Root() claim: Claim, @Ctx() ctx: AppContext): Promise<Source> {
    const source = await ctx.loaders.sourceBySlug.load(claim.sourceSlug);
    if (!source) throw new Error(`Claim ${claim.key} points at missing source ${claim.sourceSlug}`);
    return source;
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: "The party whose position the source reports, when the claim is theirs rather than the source's own.",
  })
  async attributedTo(@Root() claim: Claim, @Ctx() ctx: AppContext): Promise<Entity | null> {
    return claim.attributedToSlug ? ctx.loaders.entityBySlug.load(claim.attributedToSlug) : null;
  }
}
