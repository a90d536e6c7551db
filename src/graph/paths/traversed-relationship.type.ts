import { Field, ObjectType } from "type-graphql";
import { ParticipantRole } from "../../common/enums";
import { PartialDate } from "../../common/partial-date.type";

/**
 * A relationship a traversal walks, as `howConnected` steps (PathStep) and `neighborhood` edges
 * (SubgraphEdge) both show it: the fields they describe in the same words. What each describes in its
 * own words (its ends, type, certainty, citations, event) stays on the subclass. No field returns
 * this class, so it never appears in the schema.
 */
@ObjectType()
export abstract class TraversedRelationship {
  @Field(() => ParticipantRole, {
    nullable: true,
    description: "For PARTICIPATED_IN: the part the entity plays in the event (CLAIMANT, SPEAKER ...); null otherwise.",
  })
  role: ParticipantRole | null;
  @Field(() => String, { nullable: true, description: "The role's job title for WORKS_AT (e.g. `Managing Partner`), when reported." })
  jobTitle: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The role's title for WORKS_AT (e.g. `Managing Partner`), when reported.",
    deprecationReason: "Use `jobTitle` (the name `MoveEdge` and `TalentMove` use; `title` is an event's headline).",
  })
  title: string | null;
  @Field(() => PartialDate, {
    nullable: true,
    description: "When the relationship began or the event behind it happened; for PARTICIPATED_IN, the event's date.",
  })
  date: PartialDate | null;

  @Field({
    description:
      "True when the fact behind the edge is disputed: ACTIVE claims disagree on a value, or one denies or disputes it (for PARTICIPATED_IN, the event's flag; the same flag as `Event.disputed` and the relationship edges' `disputed`).",
  })
  disputed: boolean;

  /** The event the relationship runs through (participation) or was derived from; its resolver loads it. */
  eventSlug: string | null;
  /** Where the claims of the fact behind the edge are filed; null when it has none. */
  factKey: string | null;
}
