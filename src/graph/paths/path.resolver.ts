import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { pathProjection } from "../compile/traversal-projection";
import { AppContext } from "../../context";
import { claimCount } from "../claim/claim-count";
import { Event } from "../event/event.type";
import { listConnection } from "../../common/list-page";
import { HowConnectedArgs, MAX_PATHS } from "./path.args";
import { HowConnectedConnectionArgs, PathConnection, withDefaultPathPage } from "./path.connection";
import { howConnected } from "./path.repository";
import { Path, PathStep } from "./path.type";

@Resolver(() => PathStep)
export class PathResolver {
  @Query(() => [Path], {
    deprecationReason: "Use `howConnectedConnection`, paged like every list that grows (docs/api-design.md).",
    description:
      "How two entities or events are connected: the shortest paths between them through relationships between entities and participation in events (never through aliases, metrics or sources), shortest first, each step with its evidence. Unknown ids are errors (NOT_FOUND naming the argument); no connection within `maxHops` is an empty list; the same id twice is one path of length 0.",
  })
  howConnected(@Args() args: HowConnectedArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<Path[]> {
    return howConnected(ctx.db, args, pathProjection(info, false));
  }

  @Query(() => PathConnection, {
    description: `\`howConnected\` as a connection: the same paths in the same order and the same errors, paged with cursors, with \`totalCount\` (of the ${MAX_PATHS} shortest at most).`,
  })
  async howConnectedConnection(
    @Args() args: HowConnectedConnectionArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PathConnection> {
    // SHORTEST finds at most MAX_PATHS paths in one query whatever the page; they are paged here.
    const paths = await howConnected(ctx.db, { ...args, first: MAX_PATHS }, pathProjection(info, true));
    const key = (path: Path) => path.nodes.map((node) => node.id).join(" ");
    return listConnection(paths, withDefaultPathPage(args), key, (node, cursor) => ({ cursor, node }));
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description:
      "The event the step goes through (PARTICIPATED_IN) or that the relationship was derived from (e.g. the arbitration behind SUED); null for relationships stated directly.",
  })
  async event(@Root() step: PathStep, @Ctx() ctx: AppContext): Promise<Event | null> {
    if (step.event) return step.event;
    if (!step.eventSlug) return null;
    return ctx.loaders.eventBySlug.load(step.eventSlug);
  }

  @FieldResolver(() => Int, {
    description:
      "How many claims back the fact behind the step, from every source, superseded and retracted ones included (the event's for PARTICIPATED_IN or a derived relationship, the metric's for a metric's edges).",
  })
  claimCount(@Root() step: PathStep, @Ctx() ctx: AppContext): Promise<number> {
    return claimCount(step.factKey, ctx);
  }
}
