import { Args, Ctx, Query, Resolver } from "type-graphql";
import { AppContext } from "../../context";
import { SearchArgs } from "./search.args";
import { searchEntities } from "./search.repository";
import { SearchHit } from "./search.type";

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      "Finds entities by name or alias, in English or Chinese, forgiving case, accents and small typos; exact name or alias matches first, one hit per entity.",
  })
  search(@Args() args: SearchArgs, @Ctx() ctx: AppContext): Promise<SearchHit[]> {
    return searchEntities(ctx.db, args);
  }
}
