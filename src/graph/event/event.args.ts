import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { EventType } from "../../common/enums";
import { DateScalar } from "../../common/date.scalar";
import { PageArgs } from "../../common/page.args";

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort order.",
  valuesConfig: { ASC: { description: "Ascending: oldest or A first." }, DESC: { description: "Descending: newest or Z first." } },
});

@InputType({ description: "Narrows the timeline. All given conditions must hold." })
export class EventFilter {
  @Field(() => [EventType], { nullable: true, description: "Only events of these types." })
  types?: EventType[] | null;
  @Field(() => ID, { nullable: true, description: "Only events this entity (global id) took part in." })
  participantId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only events whose date range ends on or after this day." })
  from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only events whose date range starts on or before this day." })
  to?: string | null;
}

@InputType({ description: "Ordering of the timeline." })
export class EventOrder {
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "ASC: oldest first (default); DESC: newest first." })
  direction: OrderDirection;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true, description: "Conditions on type, participant and date." })
  filter?: EventFilter | null;
  @Field(() => EventOrder, { nullable: true, description: "Ordering; by date, oldest first, unless told otherwise." })
  orderBy?: EventOrder | null;
}
