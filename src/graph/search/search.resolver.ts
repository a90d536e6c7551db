import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { searchEntityProjection } from "../compile/search-projection";
import { pageRequest, toConnection } from "../../common/pagination";
import { AppContext } from "../../context";
import { DEFAULT_SEARCH_SIZE, SearchArgs, SearchConnectionArgs } from "./search.args";
import { searchPage } from "./search.repository";
import { SearchHit, SearchHitConnection } from "./search.type";

const SEARCH =
  "Finds entities by name or alias, in English or Chinese, forgiving case, accents and small typos; exact name or alias matches first, one hit per entity";

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: `${SEARCH}.`,
    deprecationReason: "Use `searchConnection`, paged like every list that grows (docs/api-design.md).",
  })
  async search(@Args() args: SearchArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<SearchHit[]> {
    const page = pageRequest({ first: args.first ?? DEFAULT_SEARCH_SIZE });
    const { hits } = await searchPage(ctx.db, args, page, searchEntityProjection(info));
    return hits.slice(0, args.first ?? DEFAULT_SEARCH_SIZE);
  }

  @Query(() => SearchHitConnection, { description: `${SEARCH}; paged, with the number of hits in all.` })
  async searchConnection(
    @Args() args: SearchConnectionArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHitConnection> {
    const page = pageRequest(args.first == null && args.last == null ? { ...args, first: DEFAULT_SEARCH_SIZE } : args);
    const { totalCount, hits } = await searchPage(ctx.db, args, page, searchEntityProjection(info));
    const rows = hits.map((hit) => ({ ...hit, cursorKey: { s: hit.position, k: hit.entity.slug } }));
    return toConnection(rows, page, totalCount, (hit, cursor) => ({ cursor, node: hit.entity, score: hit.score, matched: hit.matched }));
  }
}
