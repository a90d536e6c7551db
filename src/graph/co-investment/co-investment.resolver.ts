import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { PageArgsShape } from "../../common/pagination";
import { sortKeyConnection, SortKeyPageLoader } from "../../common/sort-key-page";
import { Entity, entityFromRow } from "../entity/entity.type";
import { companiesResolver, entitiesOf } from "../entity/linked-entities.resolver";
import { CoInvestmentRow } from "./co-investment.repository";
import { CoInvestorEdge, FellowFounderEdge } from "./co-investment.type";

/** One page of co-investment pairs for one parent, through its batched loader. */
export function coInvestmentConnection(loader: SortKeyPageLoader<CoInvestmentRow>, parent: Entity, args: PageArgsShape) {
  return sortKeyConnection(loader, parent.slug, args, (row, cursor) => ({
    cursor,
    node: entityFromRow(row.other),
    companySlugs: row.companies,
    backerSlugs: row.backers ?? [],
  }));
}

@Resolver(() => FellowFounderEdge)
class FellowFounderBackersResolver {
  @FieldResolver(() => [Entity], { description: "The investors in this founder's companies who also invested in the other founder's." })
  backers(@Root() root: FellowFounderEdge, @Ctx() ctx: AppContext): Promise<Entity[]> {
    return entitiesOf(ctx, root.backerSlugs);
  }
}

export const CO_INVESTMENT_RESOLVERS = [
  companiesResolver(CoInvestorEdge, "The companies both invested in."),
  companiesResolver(FellowFounderEdge, "The other founder's companies that the shared backers invested in."),
  FellowFounderBackersResolver,
];
