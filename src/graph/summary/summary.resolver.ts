import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { Entity, Organization, Person } from "../entity/entity.type";
import { InvestmentSummary, YearCount } from "./summary.type";

const NO_INVESTMENT: InvestmentSummary = { roundsRaised: 0, roundsJoined: 0, raised: [], investorCount: 0, portfolioSize: 0 };

async function investment(ctx: AppContext, entity: Entity): Promise<InvestmentSummary> {
  return (await ctx.loaders.summaryByEntity.load(entity.slug))?.investment ?? NO_INVESTMENT;
}

@Resolver(() => Entity)
export class EntitySummaryResolver {
  @FieldResolver(() => [YearCount], {
    description: "How many events this entity took part in, per calendar year (oldest first; years without events are left out).",
  })
  async eventsPerYear(@Root() entity: Entity, @Ctx() ctx: AppContext): Promise<YearCount[]> {
    return (await ctx.loaders.summaryByEntity.load(entity.slug))?.eventsPerYear ?? [];
  }
}

@Resolver(() => Organization)
export class OrganizationSummaryResolver {
  @FieldResolver(() => InvestmentSummary, {
    description: "Dashboard figures: rounds raised and joined, disclosed amounts raised per currency, investor count, portfolio size.",
  })
  investmentSummary(@Root() org: Organization, @Ctx() ctx: AppContext): Promise<InvestmentSummary> {
    return investment(ctx, org);
  }
}

@Resolver(() => Person)
export class PersonSummaryResolver {
  @FieldResolver(() => InvestmentSummary, {
    description: "Dashboard figures for an angel: rounds joined, portfolio size (and, for completeness, what the person raised).",
  })
  investmentSummary(@Root() person: Person, @Ctx() ctx: AppContext): Promise<InvestmentSummary> {
    return investment(ctx, person);
  }
}

export const SUMMARY_RESOLVERS = [EntitySummaryResolver, OrganizationSummaryResolver, PersonSummaryResolver];
