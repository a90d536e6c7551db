import { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { BadUserInputError } from "../../common/errors";
import { MAX_SLUG_LENGTH } from "../entity/entity.args";
import { AppContext } from "../../context";
import { pageRequest, toConnection } from "../../common/pagination";
import { EventsArgs, OrderDirection } from "./event.args";
import { EventConnection, ParticipantConnection } from "./event.connection";
import { listConnection } from "../../common/list-page";
import { listEvents, ParticipantRow, participantsFromRows } from "./event.repository";
import { Event, eventFromRow, Participant } from "./event.type";
import { PageArgs } from "../../common/page.args";
import { ClaimConnection } from "../claim/claim.type";
import { claimConnection } from "../claim/claim.connection";
import { eventPageProjection } from "../compile/event-page-plan";

/**
 * The participants a timeline page read with its events, by the event object built for them. They
 * carry only the parts of each entity the operation selects, so they are kept for that object alone
 * and never handed to the request's participants loader, where another field could find them.
 */
const participantsRead = new WeakMap<Event, Participant[]>();

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, {
    nullable: true,
    description: "Looks an event up by its slug, e.g. `gsr-ventures-arbitration-against-moonshot-founders-2024-11`; null when unknown.",
  })
  async event(
    @Arg("slug", { description: "The event's slug (lowercase-kebab)." }) slug: string,
    @Ctx() ctx: AppContext,
  ): Promise<Event | null> {
    if (slug.length > MAX_SLUG_LENGTH) throw new BadUserInputError("slug", `is longer than ${MAX_SLUG_LENGTH} characters.`);
    return ctx.loaders.eventBySlug.load(slug);
  }

  @Query(() => EventConnection, { description: "The timeline: events filtered by type, participant and date range, in date order, paged." })
  async events(@Args() args: EventsArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<EventConnection> {
    const page = pageRequest(args, "date");
    const projection = eventPageProjection(info);
    const { totalCount, events } = await listEvents(ctx.db, args.filter, args.orderBy?.direction ?? OrderDirection.ASC, page, projection);
    const rows = events.map((row) => {
      const event = eventFromRow(row);
      // The page query brought the participants when they are selected: `participants` below asks
      // the database nothing more.
      if (projection.participants) participantsRead.set(event, participantsFromRows(row.participants as ParticipantRow[]));
      return { event, cursorKey: { s: String(row.dateStart), k: row.slug as string } };
    });
    return toConnection(rows, page, totalCount, (row, cursor) => ({ cursor, node: row.event }));
  }

  @FieldResolver(() => [Participant], {
    description: "Who took part, and as what.",
    deprecationReason: "Use `participantsConnection`, paged like every list that grows (docs/api-design.md).",
  })
  participants(@Root() event: Event, @Ctx() ctx: AppContext): Participant[] | Promise<Participant[]> {
    return participantsRead.get(event) ?? this.loadParticipants(event, ctx);
  }

  private async loadParticipants(event: Event, ctx: AppContext): Promise<Participant[]> {
    return (await ctx.loaders.participantsByEvent.load(event.slug)) ?? [];
  }

  @FieldResolver(() => ParticipantConnection, { description: "Who took part, and as what, paged in the order stored." })
  async participantsConnection(@Root() event: Event, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<ParticipantConnection> {
    const participants = await this.participants(event, ctx);
    return listConnection(
      participants,
      args,
      (p) => `${p.role}\n${p.entity.slug}`,
      (p, cursor) => ({ cursor, node: p.entity, role: p.role }),
    );
  }

  @FieldResolver(() => ClaimConnection, {
    description:
      "The claims behind this fact, from every source: stance, values, quote or reference note, status (superseded and retracted ones included).",
  })
  async claims(@Root() event: Event, @Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<ClaimConnection> {
    return claimConnection(await ctx.loaders.claimsByFact.load(`event:${event.slug}`), args);
  }
}
