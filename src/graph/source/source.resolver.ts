import { Args, Ctx, Extensions, FieldResolver, Resolver, Root } from "type-graphql";
import { FIELD_COST_EXTENSION, SOURCE_TEXT_COST } from "../../common/field-cost";
import { PageArgs } from "../../common/page.args";
import { ClaimConnection } from "../claim/claim.type";
import { claimConnection } from "../claim/claim.connection";
import { AppContext } from "../../context";
import { Citation } from "./citation.type";
import { Source } from "./source.type";

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { description: "The document quoted." })
  async source(@Root() citation: Citation, @Ctx() ctx: AppContext): Promise<Source> {
    const source = await ctx.loaders.sourceBySlug.load(citation.sourceSlug);
    if (!source) throw new Error(`Citation points at missing source ${citation.sourceSlug}`);
    return source;
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => ClaimConnection, { description: "Every claim this source makes, on any fact, in key order (superseded and retracted ones included)." })
  async claims(@Root() source: Source, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<ClaimConnection> {
    return claimConnection(await ctx.loaders.claimsBySource.load(source.slug), args);
  }

  // A whole article: priced above an object (src/common/field-cost.ts), so asking for it a hundred
  // times in one request is refused before any work instead of served.
  @Extensions({ [FIELD_COST_EXTENSION]: SOURCE_TEXT_COST })
  @FieldResolver(() => String, {
    description: `The full text of the source when \`textStored\`; every citation's quote is a verbatim part of it. Empty for a reference source, whose text the project does not keep. Costs ${SOURCE_TEXT_COST} points (query cost).`,
  })
  async text(@Root() source: Source, @Ctx() ctx: AppContext): Promise<string> {
    if (source.text !== undefined && source.text !== null) return source.text;
    // Batched and cached per request: every citation of a page may ask for the same source's text.
    return (await ctx.loaders.sourceTextBySlug.load(source.slug)) ?? "";
  }
}
