import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { PageArgs } from "../../common/page.args";
import { Organization } from "../entity/entity.type";
import { BackingConnection } from "../backing/backing.type";
import { backingConnection } from "../backing/backing.resolver";
import { CoInvestorConnection } from "../co-investment/co-investment.type";
import { coInvestmentConnection } from "../co-investment/co-investment.resolver";
import {
  AcquisitionConnection,
  EDGE_FIELDS,
  InvestmentConnection,
  LegalActionConnection,
  MarketPositionConnection,
  OrganizationLinkConnection,
  OwnedProductConnection,
  PortfolioConnection,
  RoleHolderConnection,
} from "../relationship/relationship.type";
import { RelationshipArgs, RoleArgs } from "../relationship/relationship.args";
import { relationshipConnection } from "../relationship/relationship.resolver";

/** An organisation's relationships, each a connection whose edges carry the relationship's own fields. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => InvestmentConnection, {
    description: "Who invested in this organisation (from funding rounds and stated investments).",
  })
  investors(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "investors", args, EDGE_FIELDS.investment);
  }

  @FieldResolver(() => PortfolioConnection, { description: "The companies this organisation invested in." })
  portfolio(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "portfolio", args, EDGE_FIELDS.investment);
  }

  @FieldResolver(() => RoleHolderConnection, { description: "Who founded this organisation." })
  founders(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "founders", args, EDGE_FIELDS.role);
  }

  @FieldResolver(() => RoleHolderConnection, {
    description: "People with a role here (founders included); `asOf` shows who held a role on a given day.",
  })
  people(@Root() org: Organization, @Args() args: RoleArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "people", args, EDGE_FIELDS.role);
  }

  @FieldResolver(() => AcquisitionConnection, { description: "Organisations this one acquired." })
  acquisitions(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "acquisitions", args, EDGE_FIELDS.acquisition);
  }

  @FieldResolver(() => AcquisitionConnection, { description: "Who acquired this organisation." })
  acquiredBy(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "acquiredBy", args, EDGE_FIELDS.acquisition);
  }

  @FieldResolver(() => LegalActionConnection, { description: "Arbitrations and lawsuits this organisation brought or faces." })
  legalActions(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "legalActions", args, EDGE_FIELDS.legalAction);
  }

  @FieldResolver(() => OwnedProductConnection, { description: "Products this organisation owns." })
  products(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "products", args, EDGE_FIELDS.none);
  }

  @FieldResolver(() => OrganizationLinkConnection, { description: "Parent organisations (this one is their subsidiary or unit)." })
  parents(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "parents", args, EDGE_FIELDS.none);
  }

  @FieldResolver(() => OrganizationLinkConnection, { description: "Subsidiaries and units of this organisation." })
  subsidiaries(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "subsidiaries", args, EDGE_FIELDS.none);
  }

  @FieldResolver(() => MarketPositionConnection, {
    description: "Market segments this organisation positions itself in (To B, To C, diversified), with the evidence.",
  })
  positioning(@Root() org: Organization, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, org, "positioning", args, EDGE_FIELDS.none);
  }

  @FieldResolver(() => BackingConnection, {
    description:
      "For an investor: the founders it backed (founders of the companies it invested in), and whether it is still invested, suing or exited; the way back from `Person.backers`.",
  })
  backedFounders(@Root() org: Organization, @Args() args: PageArgs, @Ctx() ctx: AppContext) {
    return backingConnection(ctx.loaders.backingsByInvestor, org, args);
  }

  @FieldResolver(() => BackingConnection, {
    description: "For an investor: founders of the companies it backed, and whether it is still invested, suing or exited.",
    deprecationReason: "Use `backedFounders`: one name, backing, for the investor-founder link (`Person.backers` is the other end).",
  })
  founderRelations(@Root() org: Organization, @Args() args: PageArgs, @Ctx() ctx: AppContext) {
    return backingConnection(ctx.loaders.backingsByInvestor, org, args);
  }

  @FieldResolver(() => CoInvestorConnection, {
    description: "Who else invested in the companies this organisation invested in, with the companies shared, by name.",
  })
  coInvestors(@Root() org: Organization, @Args() args: PageArgs, @Ctx() ctx: AppContext) {
    return coInvestmentConnection(ctx.loaders.coInvestorsByInvestor, org, args);
  }
}
