import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { ClaimConnection } from "../claim/claim.type";
import { claimConnection } from "../claim/claim.connection";
import { AppContext } from "../../context";
import { Entity } from "../entity/entity.type";
import { Metric } from "./metric.type";

@Resolver(() => Metric)
export class MetricResolver {
  @FieldResolver(() => Entity, { description: "What the figure is about." })
  async subject(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<Entity> {
    const entity = await ctx.loaders.entityBySlug.load(metric.subjectSlug);
    if (!entity) throw new Error(`Metric ${metric.slug} has no subject`);
    return entity;
  }

  @FieldResolver(() => Entity, { nullable: true, description: "The data provider the source attributes the figure to." })
  async reportedBy(@Root() metric: Metric, @Ctx() ctx: AppContext): Promise<Entity | null> {
    return metric.reportedBySlug ? ctx.loaders.entityBySlug.load(metric.reportedBySlug) : null;
  }

  @FieldResolver(() => ClaimConnection, {
    description:
      "The claims behind this fact, from every source: stance, values, quote or reference note, status (superseded and retracted ones included).",
  })
  async claims(@Root() metric: Metric, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<ClaimConnection> {
    return claimConnection(await ctx.loaders.claimsByFact.load(`metric:${metric.slug}`), args);
  }
}
