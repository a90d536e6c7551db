import { Args, FieldResolver, Resolver, Root, Subscription } from "type-graphql";
import { AppContext } from "../../context";
import { ChangePoller } from "../../subscriptions/change-poller";
import { ChangeSubscriptionArgs } from "./change.args";
import { changeCursor, seqOfCursor } from "./change.cursor";
import { Change } from "./change.type";

/** What a WebSocket operation's context adds to a request's: the instance's poller and who subscribes. */
export interface SubscriptionContext extends AppContext {
  changeFeed: ChangePoller;
  /** Whose subscription budget this is: `key:<name>`, or `ip:<address>` for an anonymous client. */
  client: string;
}

@Resolver(() => Change)
export class ChangeResolver {
  @Subscription(() => Change, {
    description:
      "The change feed, live, over graphql-ws on /graphql: every change after `after` in commit order, then each new one as it commits (through any API instance on the same database). Read `changes` first and subscribe from its `endCursor` for no gap and no duplicate.",
    subscribe: ({ args, context }) => {
      const { after, kinds } = args as ChangeSubscriptionArgs;
      const ctx = context as SubscriptionContext;
      const seq = after == null ? null : seqOfCursor(after);
      return ctx.changeFeed.subscribe(ctx.client, seq, kinds?.length ? kinds : null);
    },
  })
  changes(@Root() change: Change, @Args() _args: ChangeSubscriptionArgs): Change {
    return change;
  }

  @FieldResolver(() => String, {
    description: "This change's position as a cursor: pass it as `after` (to the `changes` query or subscription) to continue after it.",
  })
  cursor(@Root() change: Change): string {
    return changeCursor(change);
  }
}
