import { Args, Ctx, Query, Resolver } from "type-graphql";
import { AppContext } from "../../context";
import { RateLimitArgs } from "./rate-limit.args";
import { RateLimit } from "./rate-limit.type";

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimit, {
    description:
      "What this operation costs and what is left of the caller's budget (as GitHub's `rateLimit`), so a client can plan its requests. Ask with `dryRun: true` to learn an operation's cost without running or paying for it.",
  })
  // dryRun is read by the cost plugin before execution (src/graph/rate-limit/dry-run.ts); by the
  // time this runs the plugin has charged, or not, and left the outcome on the context.
  rateLimit(@Args() _args: RateLimitArgs, @Ctx() ctx: AppContext): RateLimit {
    if (!ctx.rateLimit) throw new Error("The cost plugin did not record the rate limit of this request.");
    return ctx.rateLimit;
  }
}
