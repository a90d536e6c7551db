import { Arg, Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { FIELD_COST_EXTENSION, SOURCE_TEXT_COST } from "../../common/field-cost";
import { PageArgs } from "../../common/page.args";
import { ClaimConnection } from "../claim/claim.type";
import { claimConnection } from "../claim/claim.connection";
import { AppContext } from "../../context";
import { BadUserInputError } from "../../common/errors";
import { PageRequest, pageRequest, toConnection } from "../../common/pagination";
import { MAX_SLUG_LENGTH } from "../entity/entity.args";
import { OrderDirection } from "../event/event.args";
import { SourcesArgs } from "./source.args";
import { SourceConnection, SourceMentionConnection } from "./source.connection";
import { EventConnection } from "../event/event.connection";
import { listSources, SourceLinkPage } from "./source.repository";
import { Citation } from "./citation.type";
import { Source } from "./source.type";
import { Entity } from "../entity/entity.type";

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
  @Query(() => Source, { nullable: true, description: "Looks a source up by its slug, e.g. `tech-planet-2024-12-06`; null when unknown." })
  async source(@Arg("slug", { description: "The source's slug." }) slug: string, @Ctx() ctx: AppContext): Promise<Source | null> {
    if (slug.length > MAX_SLUG_LENGTH) throw new BadUserInputError("slug", `is longer than ${MAX_SLUG_LENGTH} characters.`);
    return ctx.loaders.sourceBySlug.load(slug);
  }

  @Query(() => SourceConnection, {
    description: "Every source facts were taken from (news articles, editorial notes), by slug unless told otherwise, paged.",
  })
  async sources(@Args() args: SourcesArgs, @Ctx() ctx: AppContext): Promise<SourceConnection> {
    const page = pageRequest(args);
    const { totalCount, rows } = await listSources(ctx.db, args.orderBy?.direction ?? OrderDirection.ASC, page);
    return toConnection(rows, page, totalCount, (row, cursor) => ({ cursor, node: row.source }));
  }

  @FieldResolver(() => ClaimConnection, {
    description: "Every claim this source makes, on any fact, in key order (superseded and retracted ones included).",
  })
  async claims(@Root() source: Source, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<ClaimConnection> {
    return claimConnection(await ctx.loaders.claimsBySource.load(source.slug), args);
  }

  @FieldResolver(() => EventConnection, {
    description:
      "The events this source reports (it has a claim on each: its own, or another source's it confirms, denies or disputes), in date order (undated first), paged.",
  })
  async events(@Root() source: Source, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<EventConnection> {
    const page = pageRequest(args);
    const result = await ctx.loaders.eventsBySource.load({ slug: source.slug, args: page });
    return linkConnection(result, page);
  }

  @FieldResolver(() => SourceMentionConnection, {
    description:
      "The entities this source names: those it declares, relates, has take part in its events, measures or quotes; by name, paged. The way back is `Entity.mentionedIn`.",
  })
  async mentions(@Root() source: Source, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<SourceMentionConnection> {
    const page = pageRequest(args);
    const result = await ctx.loaders.mentionsBySource.load({ slug: source.slug, args: page });
    return linkConnection(result, page);
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

@Resolver(() => Entity)
export class EntitySourcesResolver {
  @FieldResolver(() => SourceConnection, {
    description: "The sources that name this entity, by slug, paged: the way back from `Source.mentions`.",
  })
  async mentionedIn(@Root() entity: Entity, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<SourceConnection> {
    const page = pageRequest(args);
    const result = await ctx.loaders.sourcesMentioning.load({ slug: entity.slug, args: page });
    return linkConnection(result, page);
  }
}

/** A page of a source's links as a connection: the sort key is the cursor's position. */
function linkConnection<T>(result: SourceLinkPage<T>, page: PageRequest) {
  const rows = result.rows.map((row) => ({ ...row, cursorKey: { s: null, k: row.sortKey } }));
  return toConnection(rows, page, result.totalCount, (row, cursor) => ({ cursor, node: row.node }));
}
