import { ArgsType, Field, InputType } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { OrderDirection } from "../event/event.args";

@InputType({ description: "Ordering of the source list (by slug)." })
export class SourceOrder {
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "ASC: slug A first (default); DESC: Z first." })
  direction: OrderDirection;
}

@ArgsType()
export class SourcesArgs extends PageArgs {
  @Field(() => SourceOrder, { nullable: true, description: "Ordering; by slug, A first, unless told otherwise." })
  orderBy?: SourceOrder | null;
}
