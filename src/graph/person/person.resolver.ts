import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { PageArgs } from "../../common/page.args";
import { Person } from "../entity/entity.type";
import { BackingConnection } from "../backing/backing.type";
import { backingConnection } from "../backing/backing.resolver";
import { CoInvestorConnection, FellowFounderConnection } from "../co-investment/co-investment.type";
import { coInvestmentConnection } from "../co-investment/co-investment.resolver";
import { EDGE_FIELDS, PortfolioConnection, LegalActionConnection, MoveConnection, RoleConnection } from "../relationship/relationship.type";
import { RelationshipArgs, RoleArgs } from "../relationship/relationship.args";
import { relationshipConnection } from "../relationship/relationship.resolver";

/** A person's relationships, each a connection whose edges carry the relationship's own fields. */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => RoleConnection, {
    description: "Roles this person holds or held (founding included); `asOf` picks those held on a day.",
  })
  roles(@Root() person: Person, @Args() args: RoleArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, person, "roles", args, EDGE_FIELDS.role);
  }

  @FieldResolver(() => RoleConnection, { description: "Organisations this person founded or co-founded." })
  founded(@Root() person: Person, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, person, "founded", args, EDGE_FIELDS.role);
  }

  @FieldResolver(() => MoveConnection, {
    description: "Talent moves: organisations this person joined, with the one left and the role taken.",
  })
  moves(@Root() person: Person, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, person, "moves", args, EDGE_FIELDS.move);
  }

  @FieldResolver(() => LegalActionConnection, { description: "Arbitrations and lawsuits this person brought or faces." })
  legalActions(@Root() person: Person, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, person, "legalActions", args, EDGE_FIELDS.legalAction);
  }

  @FieldResolver(() => PortfolioConnection, {
    description: "The companies this person invested in as an angel or in their own name, by date then name.",
  })
  portfolio(@Root() person: Person, @Args() args: RelationshipArgs, @Ctx() ctx: AppContext) {
    return relationshipConnection(ctx, person, "portfolio", args, EDGE_FIELDS.investment);
  }

  @FieldResolver(() => BackingConnection, {
    description: "Investors in any company this person founded, and whether each is still invested, suing or exited.",
  })
  backers(@Root() person: Person, @Args() args: PageArgs, @Ctx() ctx: AppContext) {
    return backingConnection(ctx.loaders.backingsByFounder, person, args);
  }

  @FieldResolver(() => CoInvestorConnection, {
    description: "For an angel: who else invested in the companies this person invested in, with the companies shared, by name.",
  })
  coInvestors(@Root() person: Person, @Args() args: PageArgs, @Ctx() ctx: AppContext) {
    return coInvestmentConnection(ctx.loaders.coInvestorsByInvestor, person, args);
  }

  @FieldResolver(() => FellowFounderConnection, {
    description:
      "Other founders my backers funded: founders of other companies that investors in this person's companies also invested in, with those companies and the shared backers, by name.",
  })
  fellowFounders(@Root() person: Person, @Args() args: PageArgs, @Ctx() ctx: AppContext) {
    return coInvestmentConnection(ctx.loaders.fellowFoundersByFounder, person, args);
  }
}
