import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination";

/** Relay paging arguments shared by every connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page forwards: how many edges after \`after\` (1-${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;
  @Field(() => String, { nullable: true, description: "Cursor to start after (an `endCursor` or edge `cursor`)." })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: `Page backwards: how many edges before \`before\` (1-${MAX_PAGE_SIZE}).` })
  last?: number | null;
  @Field(() => String, { nullable: true, description: "Cursor to end before (a `startCursor` or edge `cursor`)." })
  before?: string | null;
}
