import { ClassType, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { Entity } from "./entity.type";

/** Entities named by slug on an edge, through the request's by-slug loader (one query per level). */
export async function entitiesOf(ctx: AppContext, slugs: string[]): Promise<Entity[]> {
  const found = await ctx.loaders.entityBySlug.loadMany(slugs);
  return found.filter((e): e is Entity => e instanceof Entity);
}

/** Resolves `companies` on an edge type that carries the linking companies' slugs (backer and co-investment edges). */
export function companiesResolver<T extends object>(edge: ClassType<T>, description: string) {
  @Resolver(() => edge)
  class CompaniesResolver {
    @FieldResolver(() => [Entity], { description })
    companies(@Root() root: { companySlugs: string[] }, @Ctx() ctx: AppContext): Promise<Entity[]> {
      return entitiesOf(ctx, root.companySlugs);
    }
  }
  return CompaniesResolver;
}
