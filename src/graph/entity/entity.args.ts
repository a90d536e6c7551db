import { ArgsType, Field } from "type-graphql";
import { EventType } from "../../common/enums";
import { PageArgs } from "../../common/page.args";

/** Paging plus an event-type filter, for an entity's events. */
@ArgsType()
export class EntityEventsArgs extends PageArgs {
  @Field(() => [EventType], { nullable: true, description: "Only events of these types." })
  types?: EventType[] | null;
}
