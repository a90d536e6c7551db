import { Field, Float, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.type";

@ObjectType({ description: "An entity found by `search`, with the name or alias that matched best." })
export class SearchHit {
  @Field(() => Entity, { description: "The entity found." })
  entity: Entity;
  @Field(() => Float, {
    description:
      "Relevance, higher is better. An exact match of a whole name or alias (ignoring case, accents and punctuation) scores above every partial or fuzzy match.",
  })
  score: number;
  @Field({ description: "The entity's name or alias that matched, as written, e.g. `月之暗面`." })
  matched: string;
}
