import { Args, ClassType, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { listConnection } from "../../common/list-page";
import { PageArgs } from "../../common/page.args";
import { EntityConnection } from "./entity.connection";
import { Entity } from "./entity.type";

/** Entities named by slug on an edge, through the request's by-slug loader (one query per level). */
export async function entitiesOf(ctx: AppContext, slugs: string[]): Promise<Entity[]> {
  const found = await ctx.loaders.entityBySlug.loadMany(slugs);
  return found.filter((e): e is Entity => e instanceof Entity);
}

/**
 * Resolves `companies` (deprecated) and `companiesConnection` on an edge type that carries the linking
 * companies' slugs (backing and co-investment edges).
 */
export function companiesResolver<T extends object>(edge: ClassType<T>, description: string) {
  @Resolver(() => edge)
  class CompaniesResolver {
    @FieldResolver(() => [Entity], {
      description,
      deprecationReason: "Use `companiesConnection`, paged like every list that grows (docs/api-design.md).",
    })
    companies(@Root() root: { companySlugs: string[] }, @Ctx() ctx: AppContext): Promise<Entity[]> {
      return entitiesOf(ctx, root.companySlugs);
    }

    @FieldResolver(() => EntityConnection, { description: `${description} Paged.` })
    async companiesConnection(
      @Root() root: { companySlugs: string[] },
      @Args() args: PageArgs,
      @Ctx() ctx: AppContext,
    ): Promise<EntityConnection> {
      // The whole list goes through the by-slug loader, as `companies` does: one query per level.
      return listConnection(
        await entitiesOf(ctx, root.companySlugs),
        args,
        (e) => e.slug,
        (node, cursor) => ({ cursor, node }),
      );
    }
  }
  return CompaniesResolver;
}
