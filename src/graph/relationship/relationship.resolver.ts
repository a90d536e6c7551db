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
import { RelationshipRow } from "./relationship.repository";
import { PageArgs } from "../../common/page.args";
import { ClaimConnection } from "../claim/claim.type";
import { claimConnection } from "../claim/claim.connection";
import { RelationshipFilter, RelationshipOrder, RelationshipOrderField } from "./relationship.args";
import { BadUserInputError } from "../../common/errors";
import { OrderDirection } from "../event/event.args";

/**
 * Resolves one relationship connection of one parent through the batched loader: every parent of the
 * same level asking with the same arguments shares one Cypher query.
 */
export async function relationshipConnection<TExtra extends object>(
  ctx: AppContext,
  parent: Entity,
  connection: ConnectionName,
  args: PageArgsShape & { asOf?: string | null; filter?: RelationshipFilter | null; orderBy?: RelationshipOrder | null },
  extra: (relationship: RelationshipRow["relationship"]) => TExtra,
) {
  const page = pageRequest(args);
  const f = args.filter;
  if (f?.from && f?.to && f.from > f.to) throw new BadUserInputError("filter.from", `(${f.from}) is after filter.to (${f.to}).`);
  const filter =
    f && (f.round != null || f.from != null || f.to != null || f.certainty?.length)
      ? { round: f.round ?? null, from: f.from ?? null, to: f.to ?? null, certainties: f.certainty?.length ? f.certainty : null }
      : null;
  const result = await ctx.loaders.relationships.load({
    slug: parent.slug,
    args: {
      connection,
      asOf: args.asOf ?? null,
      filter,
      byName: args.orderBy?.field === RelationshipOrderField.NAME,
      descending: args.orderBy?.direction === OrderDirection.DESC,
      page,
    },
  });
  const rows = result.rows.map((row) => ({ ...row, cursorKey: { s: null, k: row.sortKey } }));
  return toConnection(rows, page, result.totalCount, (row, cursor) => Object.assign({}, edgeBase(row, cursor), extra(row.relationship)));
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
