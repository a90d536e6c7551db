import { Field, Int, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type";

@ObjectType({ description: "How many events an entity took part in during one calendar year (by the event's start date)." })
export class YearCount {
  @Field(() => Int, { description: "The calendar year, e.g. 2024." })
  year: number;
  @Field(() => Int, { description: "Events of that year." })
  count: number;
}

@ObjectType({ description: "Investment figures for a dashboard, counted from the graph's funding rounds and investments." })
export class InvestmentSummary {
  @Field(() => Int, { description: "Funding rounds this entity raised (took part in as the investee)." })
  roundsRaised: number;
  @Field(() => Int, { description: "Funding rounds this entity joined as an investor." })
  roundsJoined: number;
  @Field(() => [Money], {
    description:
      "Total disclosed amount of the rounds raised, one sum per currency (rounds without a disclosed amount are left out), by currency code.",
  })
  raised: Money[];
  @Field(() => Int, { description: "Distinct investors in this entity (the size of `investors`)." })
  investorCount: number;
  @Field(() => Int, { description: "Distinct companies this entity invested in (the size of `portfolio`)." })
  portfolioSize: number;
}

/** What the summaries query returns for one entity. */
export interface EntitySummary {
  eventsPerYear: YearCount[];
  investment: InvestmentSummary;
}
