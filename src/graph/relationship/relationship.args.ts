import { ArgsType, Field } from "type-graphql";
import { DateScalar } from "../../common/date.scalar";
import { PageArgs } from "../../common/page.args";

/** Paging plus `asOf`, for the connections of roles (people of an organisation, roles of a person). */
@ArgsType()
export class RoleArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: "Only roles held on this day (started on or before it, not ended before it)." })
  asOf?: string | null;
}
