import { ClassType, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import DataLoader from "dataloader";
import { AppContext } from "../../context";
import { ParentKey } from "../../common/batch-loader";
import { PageArgsShape, pageRequest, toConnection } from "../../common/pagination";
import { Entity, entityFromRow } from "../entity/entity.type";
import { Citation } from "../source/citation.type";
import { BackerSelection } from "./backer.loaders";
import { BackerPage } from "./backer.repository";
import { BackerEdge, BackerState, FounderRelationEdge } from "./backer.type";

type BackerLoader = DataLoader<ParentKey<BackerSelection>, BackerPage, string>;

/** One page of the backer view for one parent, through its batched loader. */
export async function backerConnection(loader: BackerLoader, parent: Entity, args: PageArgsShape) {
  const page = pageRequest(args);
  const result = await loader.load({ slug: parent.slug, args: { page } });
  const rows = result.rows.map((row) => ({ ...row, cursorKey: { s: null, k: row.sortKey } }));
  return toConnection(rows, page, result.totalCount, (row, cursor) => ({
    cursor,
    node: entityFromRow(row.other),
    companySlugs: row.companies,
    states: row.states as BackerState[],
    citations: row.citations.map((c) => Object.assign(new Citation(), { sourceSlug: c.source, quote: c.quote })),
  }));
}

function companiesResolver<T extends object>(edge: ClassType<T>) {
  @Resolver(() => edge)
  class CompaniesResolver {
    @FieldResolver(() => [Entity], { description: "The companies that link the two: founded by the founder, invested in by the investor." })
    async companies(@Root() root: { companySlugs: string[] }, @Ctx() ctx: AppContext): Promise<Entity[]> {
      const found = await ctx.loaders.entityBySlug.loadMany(root.companySlugs);
      return found.filter((e): e is Entity => e instanceof Entity);
    }
  }
  return CompaniesResolver;
}

export const BACKER_RESOLVERS = [companiesResolver(BackerEdge), companiesResolver(FounderRelationEdge)];
