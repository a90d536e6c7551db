import { Field, Float, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Entity } from "../entity/entity.type";
import { CANDIDATES } from "./search.repository";

const SCORE_DESCRIPTION =
  "Relevance, higher is better. An exact match of a whole name or alias (ignoring case, accents and punctuation) scores above every partial or fuzzy match.";
const MATCHED_DESCRIPTION = "The entity's name or alias that matched, as written, e.g. `月之暗面`.";

@ObjectType({ description: "An entity found by `search`, with the name or alias that matched best." })
export class SearchHit {
  @Field(() => Entity, { description: "The entity found." })
  entity: Entity;
  @Field(() => Float, { description: SCORE_DESCRIPTION })
  score: number;
  @Field({ description: MATCHED_DESCRIPTION })
  matched: string;
}

@ObjectType({ description: "A search hit: the entity found, with its relevance and the name or alias that matched best." })
export class SearchHitEdge extends EdgeType<Entity>(() => Entity, "The entity found.") {
  @Field(() => Float, { description: SCORE_DESCRIPTION })
  score: number;
  @Field({ description: MATCHED_DESCRIPTION })
  matched: string;
}

@ObjectType({
  description: `A page of search hits, best first; \`totalCount\` counts every hit (at most ${CANDIDATES} names and aliases are considered).`,
})
export class SearchHitConnection extends ConnectionType(SearchHitEdge) {}
