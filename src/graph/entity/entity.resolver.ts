import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { AppContext } from "../../context";
import { BadUserInputError } from "../../common/errors";
import { Entity } from "./entity.type";

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: "Looks an entity up by its human-readable slug, e.g. `moonshot-ai`; null when unknown." })
  async entity(@Arg("slug", { description: "The entity's slug (lowercase-kebab)." }) slug: string, @Ctx() ctx: AppContext): Promise<Entity | null> {
    if (slug.length > 200) throw new BadUserInputError("slug", "is longer than 200 characters.");
    return ctx.loaders.entityBySlug.load(slug);
  }
}
