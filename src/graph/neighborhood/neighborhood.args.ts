import { Max, Min } from "class-validator";
import { ArgsType, Field, ID, Int, registerEnumType } from "type-graphql";
import { between } from "../../common/validate-args";

export const DEFAULT_DEPTH = 1;
/** The largest hop bound neighborhood.cypher is assembled with. */
export const MAX_DEPTH = 3;
export const DEFAULT_NODES = 50;
export const MAX_NODES = 200;
/** Edges returned at most; beyond it the subgraph is marked truncated. */
export const MAX_EDGES = 1000;

/** Node kinds a neighbourhood may add to the entities and events it always shows. */
export enum NeighborhoodNodeKind {
  METRIC = "METRIC",
  SOURCE = "SOURCE",
}
registerEnumType(NeighborhoodNodeKind, {
  name: "NeighborhoodNodeKind",
  description: "An optional kind of node for `neighborhood` to show beside entities and events.",
  valuesConfig: {
    METRIC: { description: "Metrics: the figures about an entity (HAS_METRIC) and those it reported (REPORTED_BY)." },
    SOURCE: {
      description:
        "Sources: the documents naming an entity (MENTIONS) or reporting an event (REPORTS); through a source, the other entities and events it covers are one more hop away.",
    },
  },
});

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: "Global id of the entity (or event) to draw around." })
  id: string;
  @Field(() => Int, {
    nullable: true,
    description: `How many hops away from the centre to go (1-${MAX_DEPTH}; default ${DEFAULT_DEPTH}). Reaching another entity through a shared event takes two hops.`,
  })
  @Min(1, between(1, MAX_DEPTH))
  @Max(MAX_DEPTH, between(1, MAX_DEPTH))
  depth?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `Most nodes to return, the centre included (1-${MAX_NODES}; default ${DEFAULT_NODES}); the nearest are kept and \`truncated\` tells when some were left out.`,
  })
  @Min(1, between(1, MAX_NODES))
  @Max(MAX_NODES, between(1, MAX_NODES))
  first?: number | null;
  @Field(() => [NeighborhoodNodeKind], {
    nullable: true,
    description: "Optional node kinds to show too (METRIC, SOURCE); entities and events only when omitted, as before.",
  })
  include?: NeighborhoodNodeKind[] | null;
}
