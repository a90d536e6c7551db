import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AppContext } from "../../context";
import { pageRequest, toConnection } from "../../common/pagination";
import { Entity } from "../entity/entity.type";
import { ChangeFeedArgs, ChangePageArgs } from "./change.args";
import { Change, ChangeConnection } from "./change.type";
import { changeCursorKey, seqOfCursorKey } from "./change.cursor";
import { countChanges, countChangesByTarget, getChanges, getChangesByTarget } from "./change.repository";

/** The cursor's position in the trail: its sequence number (checked, so a forged cursor names `after`). */
function afterSeq(args: ChangePageArgs) {
  const page = pageRequest({ first: args.first, after: args.after });
  return { page, seq: page.after ? seqOfCursorKey(page.after) : 0 };
}

function connection(rows: Change[], page: ReturnType<typeof pageRequest>, total: number): ChangeConnection {
  const keyed = rows.map((change) => ({ change, cursorKey: changeCursorKey(change) }));
  return toConnection(keyed, page, total, (row, cursor) => ({ cursor, node: row.change }));
}

@Resolver()
export class ChangeFeedResolver {
  @Query(() => ChangeConnection, {
    description:
      "Every change to the graph in commit order: the feed a client syncs from. Keep the last `endCursor` and pass it as `after` to get what changed since; retractions and removals come as tombstones.",
  })
  async changes(@Args() args: ChangeFeedArgs, @Ctx() ctx: AppContext): Promise<ChangeConnection> {
    const { page, seq } = afterSeq(args);
    const operations = args.kinds?.length ? args.kinds : null;
    const [rows, total] = await Promise.all([getChanges(ctx.db, seq, page.limit, operations), countChanges(ctx.db, operations)]);
    return connection(rows, page, total);
  }
}

@Resolver(() => Entity)
export class EntityHistoryResolver {
  @FieldResolver(() => ChangeConnection, { description: "Every change made to this entity (and its aliases), oldest first." })
  async history(@Root() entity: Entity, @Args() args: ChangePageArgs, @Ctx() ctx: AppContext): Promise<ChangeConnection> {
    const { page, seq } = afterSeq(args);
    const [rows, total] = await Promise.all([
      getChangesByTarget(ctx.db, entity.id, seq, page.limit),
      countChangesByTarget(ctx.db, entity.id),
    ]);
    return connection(rows, page, total);
  }
}
