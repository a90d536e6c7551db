import { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { AppContext } from "../../context";
import { BadUserInputError } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { compiledEntityById } from "../compile/entity-lookup";
import { Entity } from "../entity/entity.type";
import { slugOfParsedId } from "./node-keys";
import { Node } from "./node.type";

const MAX_IDS = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "Fetches any object by its global id; null when no such object exists. The id of an entity since merged into another returns the survivor (see `Entity.redirectedFrom`).",
  })
  async node(
    @Arg("id", () => ID, { description: "A global id from any `id` field." }) id: string,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Node | null> {
    // An entity's id, with what it selects, comes in one statement (src/graph/compile).
    const parsed = fromGlobalId(id);
    const compiled = parsed?.kind === "Entity" ? await compiledEntityById(ctx, info, id, parsed) : undefined;
    return compiled !== undefined ? compiled : loadNode(id, ctx);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Fetches up to ${MAX_IDS} objects by global id, in the order given; null for each unknown id. Retired entity ids return the survivor, as \`node\` does.`,
  })
  async nodes(
    @Arg("ids", () => [ID], { description: `Global ids (at most ${MAX_IDS}).` }) ids: string[],
    @Ctx() ctx: AppContext,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_IDS) throw new BadUserInputError("ids", `may hold at most ${MAX_IDS} ids; got ${ids.length}.`);
    return Promise.all(ids.map((id) => loadNode(id, ctx)));
  }
}

/**
 * Resolves a global id: a stable id through its uid (one batched lookup), an old-format id through its
 * slug; then the node through the loader of its kind (so `nodes` batches per kind).
 */
export async function loadNode(id: string, ctx: AppContext): Promise<Node | null> {
  const parsed = fromGlobalId(id);
  if (!parsed) return null;
  const target = await slugOfParsedId(parsed, (key) => ctx.loaders.nodeSlugByUid.load(key));
  if (!target) return null;
  switch (target.kind) {
    case "Entity": {
      const entity = await ctx.loaders.entityBySlug.load(target.slug);
      if (!entity || !(target.redirected || entity.redirectedFrom !== null)) return entity;
      // The loader's object is shared by every field asking that slug: the redirect is this lookup's own.
      return Object.assign(Object.create(Object.getPrototypeOf(entity) as object) as Entity, entity, { redirectedFrom: id });
    }
    case "Source":
      return ctx.loaders.sourceBySlug.load(target.slug);
    case "Event":
      return ctx.loaders.eventBySlug.load(target.slug);
    case "Metric":
      return ctx.loaders.metricBySlug.load(target.slug);
  }
}
