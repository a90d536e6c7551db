import { Max, Min } from "class-validator";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { between, NotCombinedWith } from "../../common/validate-args";
import { DEFAULT_PATHS, HowConnectedArgs, MAX_PATHS } from "./path.args";
import { Path } from "./path.type";

@ObjectType({ description: "A path in a page of paths." })
export class PathEdge extends EdgeType<Path>(() => Path, "The path.") {}

@ObjectType({
  description: `The shortest paths between two nodes, shortest first; \`totalCount\` counts those found among the ${MAX_PATHS} shortest.`,
})
export class PathConnection extends ConnectionType(PathEdge) {}

/** howConnected's arguments, paged: `first` keeps its meaning (paths per page, default 3) and `after`/`last`/`before` page on. */
@ArgsType()
export class HowConnectedConnectionArgs extends HowConnectedArgs {
  @Field(() => String, { nullable: true, description: "Cursor to start after (an `endCursor` or edge `cursor`)." })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: `Page backwards: how many paths before \`before\` (1-${MAX_PATHS}).` })
  @NotCombinedWith("first", "cannot be combined with first; page forwards with first/after or backwards with last/before.")
  @Min(1, between(1, MAX_PATHS))
  @Max(MAX_PATHS, between(1, MAX_PATHS))
  last?: number | null;
  @Field(() => String, { nullable: true, description: "Cursor to end before (a `startCursor` or edge `cursor`)." })
  before?: string | null;
}

/** The page size when neither `first` nor `last` is given: howConnected's default. */
export function withDefaultPathPage<A extends { first?: number | null; last?: number | null }>(args: A): A {
  return args.first == null && args.last == null ? { ...args, first: DEFAULT_PATHS } : args;
}
