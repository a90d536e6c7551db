import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
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
  async events(@Args() args: EventsArgs, @Ctx() ctx: AppContext): Promise<EventConnection> {
    const page = pageRequest(args, "date");
    const { totalCount, events } = await listEvents(ctx.db, args.filter, args.orderBy?.direction ?? OrderDirection.ASC, page);
    // The page query brings each event's participants: the participants loader starts with them,
    // so `participants` below asks the database nothing more.
    for (const event of events)
      ctx.loaders.participantsByEvent.prime(event.slug as string, participantsFromRows(event.participants as ParticipantRow[]));
    const rows = events.map((event) => ({
      event: eventFromRow(event),
      cursorKey: { s: String(event.dateStart), k: event.slug as string },
    }));
    return toConnection(rows, page, totalCount, (row, cursor) => ({ cursor, node: row.event }));
  }

  @FieldResolver(() => [Participant], {
    description: "Who took part, and as what.",
    deprecationReason: "Use `participantsConnection`, paged like every list that grows (docs/api-design.md).",
  })
  async participants(@Root() event: Event, @Ctx() ctx: AppContext): Promise<Participant[]> {
    const rows = (await ctx.loaders.participantsByEvent.load(event.slug)) ?? [];
    return rows.map((row) => ({ role: row.role as Participant["role"], entity: row.entity }));
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
