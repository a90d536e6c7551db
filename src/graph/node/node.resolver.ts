import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { AppContext } from "../../context";
import { BadUserInputError } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { Node } from "./node.type";

const MAX_IDS = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global id; null when no such object exists." })
  async node(
    @Arg("id", () => ID, { description: "A global id from any `id` field." }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<Node | null> {
    return loadNode(id, ctx);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Fetches up to ${MAX_IDS} objects by global id, in the order given; null for each unknown id.`,
  })
  async nodes(
    @Arg("ids", () => [ID], { description: `Global ids (at most ${MAX_IDS}).` }) ids: string[],
    @Ctx() ctx: AppContext,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_IDS) throw new BadUserInputError("ids", `may hold at most ${MAX_IDS} ids; got ${ids.length}.`);
    return Promise.all(ids.map((id) => loadNode(id, ctx)));
  }
}

/** Resolves a global id through the loader of its kind (so `nodes` batches per kind). */
export async function loadNode(id: string, ctx: AppContext): Promise<Node | null> {
  const parsed = fromGlobalId(id);
  if (!parsed) return null;
  switch (parsed.kind) {
    case "Entity":
      return ctx.loaders.entityBySlug.load(parsed.slug);
    case "Source":
      return ctx.loaders.sourceBySlug.load(parsed.slug);
    case "Event":
      return ctx.loaders.eventBySlug.load(parsed.slug);
    case "Metric":
      return ctx.loaders.metricBySlug.load(parsed.slug);
  }
}
