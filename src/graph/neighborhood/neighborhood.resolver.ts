import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { neighborhoodProjection } from "../compile/traversal-projection";
import { AppContext } from "../../context";
import { claimCount } from "../claim/claim-count";
import { Event } from "../event/event.type";
import { NeighborhoodArgs } from "./neighborhood.args";
import { neighborhood } from "./neighborhood.repository";
import { Subgraph, SubgraphEdge } from "./neighborhood.type";

@Resolver(() => SubgraphEdge)
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    description:
      "The nodes and edges around an entity (or event), for drawing: everything within `depth` hops through relationships between entities and participation in events (and, with `include: [METRIC]`, metrics; never aliases or sources), nearest first, at most `first` nodes. An unknown id is an error (NOT_FOUND naming `id`).",
  })
  neighborhood(@Args() args: NeighborhoodArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<Subgraph> {
    return neighborhood(ctx.db, args, neighborhoodProjection(info));
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event behind the edge (see `eventId`)." })
  async event(@Root() edge: SubgraphEdge, @Ctx() ctx: AppContext): Promise<Event | null> {
    if (edge.event) return edge.event;
    if (!edge.eventSlug) return null;
    return ctx.loaders.eventBySlug.load(edge.eventSlug);
  }

  @FieldResolver(() => Int, {
    description:
      "How many claims back the fact behind the edge, from every source, superseded and retracted ones included (the event's for PARTICIPATED_IN or a derived relationship, the metric's for a metric's edges).",
  })
  claimCount(@Root() edge: SubgraphEdge, @Ctx() ctx: AppContext): Promise<number> {
    return claimCount(edge.factKey, ctx);
  }
}
