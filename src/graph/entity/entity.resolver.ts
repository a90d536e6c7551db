import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { GraphQLResolveInfo } from "graphql";
import { AppContext } from "../../context";
import { BadUserInputError } from "../../common/errors";
import { pageRequest, toConnection } from "../../common/pagination";
import { EntityEventConnection } from "../event/event.connection";
import { eventFromRow } from "../event/event.type";
import { MetricConnection, MetricsArgs } from "../metric/metric.connection";
import { Metric } from "../metric/metric.type";
import { listConnection } from "../../common/list-page";
import { PageArgs } from "../../common/page.args";
import { CitationConnection, citationConnection } from "../source/citation.connection";
import { EntitiesArgs, EntityEventsArgs, MAX_SLUG_LENGTH, MAX_SLUGS } from "./entity.args";
import { Entity } from "./entity.type";
import { compiledEntityBySlug } from "../compile/entity-lookup";

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, {
    nullable: true,
    description: "Looks an entity up by its human-readable slug, e.g. `moonshot-ai`; null when unknown.",
  })
  async entity(
    @Arg("slug", { description: "The entity's slug (lowercase-kebab)." }) slug: string,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Entity | null> {
    if (slug.length > MAX_SLUG_LENGTH) throw new BadUserInputError("slug", `is longer than ${MAX_SLUG_LENGTH} characters.`);
    // The entity and its selected pages come in one statement (src/graph/compile), or from the loader.
    const compiled = await compiledEntityBySlug(ctx, info, slug);
    return compiled !== undefined ? compiled : ctx.loaders.entityBySlug.load(slug);
  }

  @Query(() => [Entity], {
    nullable: "items",
    description: `Looks many entities up by slug in one query: one item per slug, in the order given, null where a slug is unknown (at most ${MAX_SLUGS} slugs).`,
  })
  async entities(@Args() { slugs }: EntitiesArgs, @Ctx() ctx: AppContext): Promise<(Entity | null)[]> {
    // The per-request loader turns these N lookups into one query, and shares what it found with
    // `entity(slug:)` and every nested field of this request.
    return Promise.all(slugs.map((slug) => ctx.loaders.entityBySlug.load(slug)));
  }

  // Fields every entity type has, resolved in batches across all the entities of a level.
  @FieldResolver(() => [Metric], {
    description: "Figures observed about this entity (oldest first); all of them unless `name` picks one.",
    deprecationReason: "Use `metricsConnection`, paged like every list that grows (docs/api-design.md).",
  })
  async metrics(
    @Root() entity: Entity,
    @Arg("name", () => String, { nullable: true, description: "Only metrics with this name, e.g. `monthlyActiveUsers`." })
    name: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<Metric[]> {
    return ctx.loaders.metricsOfEntity.load({ slug: entity.slug, args: { side: "subject", name: name ?? null } });
  }

  @FieldResolver(() => MetricConnection, {
    description: "Figures observed about this entity, oldest first, paged; all of them unless `name` picks one.",
  })
  async metricsConnection(@Root() entity: Entity, @Args() args: MetricsArgs, @Ctx() ctx: AppContext): Promise<MetricConnection> {
    // The same batched load as `metrics`: one query for the level, paged here (docs/api-design.md).
    const metrics = await ctx.loaders.metricsOfEntity.load({ slug: entity.slug, args: { side: "subject", name: args.name ?? null } });
    return listConnection(
      metrics,
      args,
      (m) => m.slug,
      (node, cursor) => ({ cursor, node }),
    );
  }

  @FieldResolver(() => CitationConnection, { description: "Where the entity is mentioned: source and verbatim quote, paged." })
  citationsConnection(@Root() entity: Entity, @Args() args: PageArgs): CitationConnection {
    return citationConnection(entity.citations, args);
  }

  @FieldResolver(() => [Metric], {
    description:
      "Figures this entity (a data provider, a research house) reported about any subject, the way back from `Metric.reportedBy` (oldest first); all of them unless `name` picks one.",
  })
  async reportedMetrics(
    @Root() entity: Entity,
    @Arg("name", () => String, { nullable: true, description: "Only metrics with this name, e.g. `financingCases`." }) name: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<Metric[]> {
    return ctx.loaders.metricsOfEntity.load({ slug: entity.slug, args: { side: "reporter", name: name ?? null } });
  }

  @FieldResolver(() => EntityEventConnection, { description: "The events this entity took part in, in date order, with its roles." })
  async events(@Root() entity: Entity, @Args() args: EntityEventsArgs, @Ctx() ctx: AppContext): Promise<EntityEventConnection> {
    const page = pageRequest(args);
    const result = await ctx.loaders.eventsByParticipant.load({
      slug: entity.slug,
      args: { types: args.types?.length ? args.types : null, page },
    });
    const rows = result.rows.map((row) => ({ ...row, cursorKey: { s: null, k: row.sortKey } }));
    return toConnection(rows, page, result.totalCount, (row, cursor) => ({
      cursor,
      node: eventFromRow(row.event),
      roles: row.roles as EntityEventConnection["edges"][number]["roles"],
    }));
  }
}
