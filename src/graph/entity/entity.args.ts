import { ArrayMaxSize, MaxLength, ValidationArguments } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { EventType } from "../../common/enums";
import { PageArgs } from "../../common/page.args";

/** Paging plus an event-type filter, for an entity's events. */
@ArgsType()
export class EntityEventsArgs extends PageArgs {
  @Field(() => [EventType], { nullable: true, description: "Only events of these types." })
  types?: EventType[] | null;
}

/** How many slugs one `entities` call may look up: a page's worth, like `first`. */
export const MAX_SLUGS = 100;
/** The longest slug a lookup accepts (slugs are short lowercase-kebab keys). */
export const MAX_SLUG_LENGTH = 200;

/** A batch of slugs to look up at once. */
@ArgsType()
export class EntitiesArgs {
  @Field(() => [String], {
    description: `The slugs to look up, at most ${MAX_SLUGS}, each at most ${MAX_SLUG_LENGTH} characters; the answer keeps their order.`,
  })
  @ArrayMaxSize(MAX_SLUGS, {
    message: (args: ValidationArguments) => `must hold at most ${MAX_SLUGS} slugs; got ${(args.value as unknown[]).length}.`,
  })
  @MaxLength(MAX_SLUG_LENGTH, { each: true, message: `must hold slugs of at most ${MAX_SLUG_LENGTH} characters.` })
  slugs: string[];
}
