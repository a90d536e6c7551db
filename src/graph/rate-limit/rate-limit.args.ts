import { ArgsType, Field } from "type-graphql";

@ArgsType()
export class RateLimitArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "If true, calculate the cost of the operation without evaluating it: the response holds only `rateLimit`, and nothing is charged to the budget (a cost above the per-operation limit is reported rather than refused).",
  })
  dryRun: boolean;
}
