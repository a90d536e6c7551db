import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination";
import { between, NotCombinedWith } from "./validate-args";

/** Relay paging arguments shared by every connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page forwards: how many edges after \`after\` (1-${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).`,
  })
  @Min(1, between(1, MAX_PAGE_SIZE))
  @Max(MAX_PAGE_SIZE, between(1, MAX_PAGE_SIZE))
  first?: number | null;
  @Field(() => String, { nullable: true, description: "Cursor to start after (an `endCursor` or edge `cursor`)." })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: `Page backwards: how many edges before \`before\` (1-${MAX_PAGE_SIZE}).` })
  @NotCombinedWith("first", "cannot be combined with first; page forwards with first/after or backwards with last/before.")
  @Min(1, between(1, MAX_PAGE_SIZE))
  @Max(MAX_PAGE_SIZE, between(1, MAX_PAGE_SIZE))
  last?: number | null;
  @Field(() => String, { nullable: true, description: "Cursor to end before (a `startCursor` or edge `cursor`)." })
  before?: string | null;
}
