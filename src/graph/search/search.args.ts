import { Matches, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { between, NotCombinedWith } from "../../common/validate-args";
import { EntityKind } from "../../common/enums";

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_SEARCH_SIZE = 10;
export const MAX_SEARCH_SIZE = 50;

@ArgsType()
export class SearchArgs {
  @Field({
    description: `Words to look for in names and aliases, in any language (\`月之暗面\`, \`Moonshot\`); case, accents and small typos are forgiven. 1-${MAX_QUERY_LENGTH} characters; taken as plain text, not query syntax.`,
  })
  @Matches(/\S/, { message: "must not be empty." })
  @MaxLength(MAX_QUERY_LENGTH, { message: (args) => `must be at most ${MAX_QUERY_LENGTH} characters; got ${String(args.value).length}.` })
  query: string;
  @Field(() => [EntityKind], { nullable: true, description: "Only entities with at least one of these kinds; all kinds when omitted." })
  kinds?: EntityKind[] | null;
  @Field(() => Int, {
    nullable: true,
    description: `How many hits to return, best first (1-${MAX_SEARCH_SIZE}; default ${DEFAULT_SEARCH_SIZE}).`,
  })
  @Min(1, between(1, MAX_SEARCH_SIZE))
  @Max(MAX_SEARCH_SIZE, between(1, MAX_SEARCH_SIZE))
  first?: number | null;
}

/** `search`'s arguments, paged: `first` keeps its meaning (hits per page, default 10, at most 50) and `after`/`last`/`before` page on. */
@ArgsType()
export class SearchConnectionArgs extends SearchArgs {
  @Field(() => String, { nullable: true, description: "Cursor to start after (an `endCursor` or edge `cursor`)." })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: `Page backwards: how many hits before \`before\` (1-${MAX_SEARCH_SIZE}).` })
  @NotCombinedWith("first", "cannot be combined with first; page forwards with first/after or backwards with last/before.")
  @Min(1, between(1, MAX_SEARCH_SIZE))
  @Max(MAX_SEARCH_SIZE, between(1, MAX_SEARCH_SIZE))
  last?: number | null;
  @Field(() => String, { nullable: true, description: "Cursor to end before (a `startCursor` or edge `cursor`)." })
  before?: string | null;
}
