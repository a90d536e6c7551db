import { GraphQLDateTime } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";

/**
 * The client's budget as this request left it (GitHub's `RateLimit`). Set on the request's context
 * by the cost plugin (src/http/cost-plugin.ts), which charges the cost: the field reports what was
 * charged, never a second estimate.
 */
@ObjectType({
  description:
    "The caller's query-cost budget: what this operation costs, and what is left of the budget in the current window. The budget belongs to the client address; `limit`, `remaining`, `used` and `resetAt` are null when the server runs without a rate limit.",
})
export class RateLimit {
  @Field(() => Int, {
    description:
      "The points this operation costs (the estimate also reported in `extensions.cost.requested`, at least 1): the points charged, or with `dryRun` the points it would be charged.",
  })
  cost: number;
  @Field(() => Int, { nullable: true, description: "The points the budget holds per window; null without a rate limit." })
  limit: number | null;
  @Field(() => Int, {
    nullable: true,
    description: "Points left in the current window after this operation (before it, with `dryRun`); null without a rate limit.",
  })
  remaining: number | null;
  @Field(() => Int, { nullable: true, description: "Points spent in the current window (`limit - remaining`); null without a rate limit." })
  used: number | null;
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "When the current window ends and the budget is full again; null without a rate limit.",
  })
  resetAt: Date | null;
}
