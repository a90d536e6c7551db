import { Args, ClassType, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { ConnectionName } from "../../common/vocabulary";
import { pageRequest, PageArgsShape, toConnection } from "../../common/pagination";
import { Entity } from "../entity/entity.type";
import { Event } from "../event/event.type";
import {
  edgeBase,
  MoveEdge,
  RelationshipEdge,
  InvestmentEdge,
  RoleEdge,
  AcquisitionEdge,
  LegalActionEdge,
  OwnedProductEdge,
  ProductOwnerEdge,
  OrganizationLinkEdge,
  PortfolioEdge,
  RoleHolderEdge,
  MarketPositionEdge,
} from "./relationship.type";
import { RelationshipRow, RelationshipSelection } from "./relationship.repository";
import { attachPrefetched, prefetchedPage } from "../compile/prefetched";
import { PageArgs } from "../../common/page.args";
import { ClaimConnection } from "../claim/claim.type";
import { claimConnection } from "../claim/claim.connection";
import { RelationshipFilter, RelationshipOrder, RelationshipOrderField } from "./relationship.args";
import { BadUserInputError } from "../../common/errors";
import { OrderDirection } from "../event/event.args";

/** The connection's arguments as a loader selection, validated: a bad date range or cursor fails naming its argument. */
export function relationshipSelection(connection: ConnectionName, args: RelationshipConnectionArgs): RelationshipSelection {
  const page = pageRequest(args);
  const f = args.filter;
  if (f?.from && f?.to && f.from > f.to) throw new BadUserInputError("filter.from", `(${f.from}) is after filter.to (${f.to}).`);
  const filter =
    f && (f.round != null || f.from != null || f.to != null || f.certainty?.length)
      ? { round: f.round ?? null, from: f.from ?? null, to: f.to ?? null, certainties: f.certainty?.length ? f.certainty : null }
      : null;
  return {
    connection,
    asOf: args.asOf ?? null,
    filter,
    byName: args.orderBy?.field === RelationshipOrderField.NAME,
    descending: args.orderBy?.direction === OrderDirection.DESC,
    page,
  };
}

export type RelationshipConnectionArgs = PageArgsShape & {
  asOf?: string | null;
  filter?: RelationshipFilter | null;
  orderBy?: RelationshipOrder | null;
};

/**
 * Resolves one relationship connection of one parent: from the page the compiled root statement
 * already read for it (src/graph/compile), or through the batched loader, where every parent of the
 * same level asking with the same arguments shares one Cypher query.
 */
export async function relationshipConnection<TExtra extends object>(
  ctx: AppContext,
  parent: Entity,
  connection: ConnectionName,
  args: RelationshipConnectionArgs,
  extra: (relationship: RelationshipRow["relationship"]) => TExtra,
) {
  const selection = relationshipSelection(connection, args);
  const result = prefetchedPage(parent, selection) ?? (await ctx.loaders.relationships.load({ slug: parent.slug, args: selection }));
  const rows = result.rows.map((row) => ({ ...row, cursorKey: { s: null, k: row.sortKey } }));
  return toConnection(rows, selection.page, result.totalCount, (row, cursor) => {
    const edge = Object.assign({}, edgeBase(row, cursor), extra(row.relationship));
    attachPrefetched(edge.node, row);
    return edge;
  });
}

/** The `event` field every edge type has, as one resolver class per concrete edge (TypeGraphQL resolver inheritance). */
function edgeResolver(edge: ClassType<RelationshipEdge>) {
  @Resolver(() => edge)
  class EdgeResolver {
    @FieldResolver(() => Event, { nullable: true, description: "The event this relationship was derived from, if any." })
    async event(@Root() root: RelationshipEdge, @Ctx() ctx: AppContext): Promise<Event | null> {
      return root.eventSlug ? ctx.loaders.eventBySlug.load(root.eventSlug) : null;
    }

    @FieldResolver(() => ClaimConnection, {
      description:
        "The claims behind this relationship (for one derived from an event, the event's claims), from every source, superseded and retracted ones included.",
    })
    async claims(@Root() root: RelationshipEdge, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<ClaimConnection> {
      return claimConnection(await ctx.loaders.claimsByFact.load(root.factKey), args);
    }
  }
  return EdgeResolver;
}

@Resolver(() => MoveEdge)
export class MoveEdgeLeftResolver {
  @FieldResolver(() => Entity, { nullable: true, description: "The organisation left, when reported." })
  async left(@Root() root: MoveEdge, @Ctx() ctx: AppContext): Promise<Entity | null> {
    return root.leftSlug ? ctx.loaders.entityBySlug.load(root.leftSlug) : null;
  }
}

export const EDGE_RESOLVERS = [
  edgeResolver(InvestmentEdge),
  edgeResolver(PortfolioEdge),
  edgeResolver(RoleEdge),
  edgeResolver(RoleHolderEdge),
  edgeResolver(AcquisitionEdge),
  edgeResolver(LegalActionEdge),
  edgeResolver(OwnedProductEdge),
  edgeResolver(ProductOwnerEdge),
  edgeResolver(OrganizationLinkEdge),
  edgeResolver(MarketPositionEdge),
  edgeResolver(MoveEdge),
  MoveEdgeLeftResolver,
];
