import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { pageRequest, toConnection } from "../../common/pagination";
import { EventType } from "../../common/enums";
import { PageArgs } from "../../common/page.args";
import { EntityEventConnection } from "../event/event.connection";
import { eventFromRow } from "../event/event.type";
import { Metric } from "../metric/metric.type";
import { Entity } from "./entity.type";

@ArgsType()
class EntityEventsArgs extends PageArgs {
  @Field(() => [EventType], { nullable: true, description: "Only events of these types." })
  types?: EventType[] | null;
}

/** Fields every entity type has, resolved in batches across all the entities of a level. */
@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => [Metric], { description: "Figures observed about this entity (oldest first); all of them unless `name` picks one." })
  async metrics(
    @Root() entity: Entity,
    @Arg("name", () => String, { nullable: true, description: "Only metrics with this name, e.g. `monthlyActiveUsers`." }) name: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<Metric[]> {
    return ctx.loaders.metricsBySubject.load({ slug: entity.slug, args: { name: name ?? null } });
  }

  @FieldResolver(() => EntityEventConnection, { description: "The events this entity took part in, in date order, with its roles." })
  async events(@Root() entity: Entity, @Args() args: EntityEventsArgs, @Ctx() ctx: AppContext): Promise<EntityEventConnection> {
    const page = pageRequest(args);
    const result = await ctx.loaders.eventsByParticipant.load({ slug: entity.slug, args: { types: args.types?.length ? args.types : null, page } });
    const rows = result.rows.map((row) => ({ ...row, cursorKey: { s: null, k: row.sortKey } }));
    return toConnection(rows, page, result.totalCount, (row, cursor) => ({
      cursor,
      node: eventFromRow(row.event),
      roles: row.roles as EntityEventConnection["edges"][number]["roles"],
    }));
  }
}
