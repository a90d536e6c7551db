import { Max, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { between } from "../../common/validate-args";

export const DEFAULT_MAX_HOPS = 4;
/** The largest hop bound how-connected.cypher is assembled with. */
export const MAX_MAX_HOPS = 6;
export const DEFAULT_PATHS = 3;
/** Also the literal path count of SHORTEST in how-connected.cypher (which keeps $first of them). */
export const MAX_PATHS = 10;

@ArgsType()
export class HowConnectedArgs {
  @Field(() => ID, {
    description: "Global id of the entity or event to start from (an `id` field, e.g. from `entity(slug:)` or `search`).",
  })
  fromId: string;
  @Field(() => ID, { description: "Global id of the entity or event to reach. The same id as `fromId` returns one path of length 0." })
  toId: string;
  @Field(() => Int, {
    nullable: true,
    description: `Longest path considered, in hops (1-${MAX_MAX_HOPS}; default ${DEFAULT_MAX_HOPS}). Going through an event (both took part in it) counts two hops.`,
  })
  @Min(1, between(1, MAX_MAX_HOPS))
  @Max(MAX_MAX_HOPS, between(1, MAX_MAX_HOPS))
  maxHops?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `How many paths to return at most, shortest first (1-${MAX_PATHS}; default ${DEFAULT_PATHS}).`,
  })
  @Min(1, between(1, MAX_PATHS))
  @Max(MAX_PATHS, between(1, MAX_PATHS))
  first?: number | null;
}
