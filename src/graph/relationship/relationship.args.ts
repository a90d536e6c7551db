import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { Certainty } from "../../common/enums";
import { DateScalar } from "../../common/date.scalar";
import { PageArgs } from "../../common/page.args";
import { OrderDirection } from "../event/event.args";

export enum RelationshipOrderField {
  DATE = "DATE",
  NAME = "NAME",
}
registerEnumType(RelationshipOrderField, {
  name: "RelationshipOrderField",
  description: "What a relationship connection is sorted by.",
  valuesConfig: {
    DATE: { description: "The relationship's start date (undated ones first when ascending), then the other end's name (default)." },
    NAME: { description: "The other end's name, ignoring case, accents and punctuation, then the date." },
  },
});

@InputType({ description: "Narrows a relationship connection. All given conditions must hold." })
export class RelationshipFilter {
  @Field(() => String, {
    nullable: true,
    description: "Only investments of this round, as reported, e.g. `Series A` (investment connections).",
  })
  round?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Only relationships that started on or after this day (undated ones are left out).",
  })
  from?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Only relationships that started on or before this day (undated ones are left out).",
  })
  to?: string | null;
  @Field(() => [Certainty], { nullable: true, description: "Only relationships stated with one of these certainties." })
  certainty?: Certainty[] | null;
}

@InputType({ description: "Ordering of a relationship connection." })
export class RelationshipOrder {
  @Field(() => RelationshipOrderField, { defaultValue: RelationshipOrderField.DATE, description: "The sort key: DATE (default) or NAME." })
  field: RelationshipOrderField;
  @Field(() => OrderDirection, {
    defaultValue: OrderDirection.ASC,
    description: "ASC: oldest or A first (default); DESC: newest or Z first.",
  })
  direction: OrderDirection;
}

/** Paging, filter and order, for every relationship connection. */
@ArgsType()
export class RelationshipArgs extends PageArgs {
  @Field(() => RelationshipFilter, {
    nullable: true,
    description: "Conditions on round, start date and certainty; every relationship when omitted.",
  })
  filter?: RelationshipFilter | null;
  @Field(() => RelationshipOrder, {
    nullable: true,
    description: "Ordering; by date (oldest first, undated first), then name, unless told otherwise.",
  })
  orderBy?: RelationshipOrder | null;
}

/** Paging, filter, order and `asOf`, for the connections of roles (people of an organisation, roles of a person). */
@ArgsType()
export class RoleArgs extends RelationshipArgs {
  @Field(() => DateScalar, { nullable: true, description: "Only roles held on this day (started on or before it, not ended before it)." })
  asOf?: string | null;
}
