import { ClassType, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import DataLoader from "dataloader";
import { AppContext } from "../../context";
import { ParentKey } from "../../common/batch-loader";
import { PageArgsShape, pageRequest, toConnection } from "../../common/pagination";
import { Entity, entityFromRow } from "../entity/entity.type";
import { CoInvestmentSelection } from "./co-investment.loaders";
import { CoInvestmentPage } from "./co-investment.repository";
import { CoInvestorEdge, FellowFounderEdge } from "./co-investment.type";

type CoInvestmentLoader = DataLoader<ParentKey<CoInvestmentSelection>, CoInvestmentPage, string>;

/** One page of co-investment pairs for one parent, through its batched loader. */
export async function coInvestmentConnection(loader: CoInvestmentLoader, parent: Entity, args: PageArgsShape) {
  const page = pageRequest(args);
  const result = await loader.load({ slug: parent.slug, args: { page } });
  const rows = result.rows.map((row) => ({ ...row, cursorKey: { s: null, k: row.sortKey } }));
  return toConnection(rows, page, result.totalCount, (row, cursor) => ({
    cursor,
    node: entityFromRow(row.other),
    companySlugs: row.companies,
    backerSlugs: row.backers ?? [],
  }));
}

/** Entities named by slug on an edge, through the request's by-slug loader (one query per level). */
async function entitiesOf(ctx: AppContext, slugs: string[]): Promise<Entity[]> {
  const found = await ctx.loaders.entityBySlug.loadMany(slugs);
  return found.filter((e): e is Entity => e instanceof Entity);
}

function companiesResolver<T extends object>(edge: ClassType<T>, description: string) {
  @Resolver(() => edge)
  class CompaniesResolver {
    @FieldResolver(() => [Entity], { description })
    companies(@Root() root: { companySlugs: string[] }, @Ctx() ctx: AppContext): Promise<Entity[]> {
      return entitiesOf(ctx, root.companySlugs);
    }
  }
  return CompaniesResolver;
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
