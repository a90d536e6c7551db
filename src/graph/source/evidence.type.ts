import { Field, InterfaceType } from "type-graphql";
import { Certainty } from "../../common/enums";
import { Citation } from "./citation.type";

/** A class a mixin may extend, abstract or not (TypeScript requires `any[]` of a mixin's constructor, TS2545). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClass = abstract new (...args: any[]) => object;

/**
 * `Base` with the evidence every stated fact carries (an event, a relationship edge, a metric): how
 * firmly it is stated, its citations, and whether its claims disagree. A mixin, not a base class,
 * because those facts extend different bases (`Node`, or nothing for an edge). An `@InterfaceType`
 * so that an interface (`Event`) inherits its fields as well as an object type does; no field returns
 * it, so it never appears in the schema: each type that extends it shows the three fields as its own.
 */
export function withEvidence<TBase extends AnyClass>(Base: TBase) {
  @InterfaceType({ description: "A fact with its evidence (never emitted: its fields are copied into each type)." })
  abstract class Evidenced extends Base {
    @Field(() => Certainty, { description: "How firmly the source states it." })
    certainty: Certainty;
    @Field(() => [Citation], { description: "Evidence: source and verbatim quote." })
    citations: Citation[];
    @Field({ description: "True when ACTIVE claims disagree on a value, or one denies or disputes the fact (see `claims`)." })
    disputed: boolean;
  }
  return Evidenced;
}
