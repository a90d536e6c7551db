import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../common/pagination";
import { between } from "../../common/validate-args";
import { ChangeOperation } from "./change.type";

/** Forward paging over changes: a syncing client keeps the last `endCursor` and asks for what follows. */
@ArgsType()
export class ChangePageArgs {
  @Field(() => Int, { nullable: true, description: `How many changes after \`after\` (1-${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` })
  @Min(1, between(1, MAX_PAGE_SIZE))
  @Max(MAX_PAGE_SIZE, between(1, MAX_PAGE_SIZE))
  first?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last change already seen (an `endCursor`); omitted: from the beginning.",
  })
  after?: string | null;
}

@ArgsType()
export class ChangeFeedArgs extends ChangePageArgs {
  @Field(() => [ChangeOperation], { nullable: true, description: "Only these operations (default: every change)." })
  kinds?: ChangeOperation[] | null;
}

@ArgsType()
export class ChangeSubscriptionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Cursor of the last change already seen (a `Change.cursor` or the `changes` query's `endCursor`): every change after it is pushed, older ones first, then new ones as they commit. Omitted: only changes committed from now on.",
  })
  after?: string | null;
  @Field(() => [ChangeOperation], { nullable: true, description: "Only these operations (default: every change)." })
  kinds?: ChangeOperation[] | null;
}
