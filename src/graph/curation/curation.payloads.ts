import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Change } from "../change/change.type";
import { Claim } from "../claim/claim.type";
import { Entity } from "../entity/entity.type";
import { Source } from "../source/source.type";

/** Why a mutation refused its input; errors of the caller, as opposed to errors of the API (top-level `errors`). */
export enum UserErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  ALREADY_EXISTS = "ALREADY_EXISTS",
  CONFLICT = "CONFLICT",
  QUOTE_NOT_IN_SOURCE = "QUOTE_NOT_IN_SOURCE",
  WRONG_ENTITY_TYPE = "WRONG_ENTITY_TYPE",
  IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED",
}
registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation refused its input. Nothing is written when a payload has any userError.",
  valuesConfig: {
    BAD_USER_INPUT: { description: "A value breaks a rule: vocabulary, date, size, control characters, a missing field." },
    NOT_FOUND: { description: "A referenced node (entity, source, event, metric, claim, alias) does not exist." },
    ALREADY_EXISTS: { description: "A node with this slug already exists." },
    CONFLICT: { description: "`expectedVersion` is not the current version: someone changed it first; read it again." },
    QUOTE_NOT_IN_SOURCE: { description: "A quote is not verbatim in the source's stored text." },
    WRONG_ENTITY_TYPE: {
      description: "An entity is of a type the relationship cannot join at that end, e.g. a product as the founder of FOUNDED.",
    },
    IDEMPOTENCY_KEY_REUSED: { description: "This idempotency key was used before with a different input." },
  },
});

@ObjectType({ description: "One thing the caller got wrong." })
export class UserError {
  @Field(() => [String], { description: 'Path of the input field, e.g. `["input", "citations", "0", "quote"]`.' })
  field: string[];
  @Field({ description: "What is wrong, for a person." })
  message: string;
  @Field(() => UserErrorCode, { description: "What is wrong, for a program." })
  code: UserErrorCode;
}

@ObjectType()
abstract class Payload {
  @Field(() => String, { nullable: true, description: "The input's `clientMutationId`." })
  clientMutationId: string | null;
  @Field(() => [UserError], { description: "Empty on success; otherwise nothing was written." })
  userErrors: UserError[];
  @Field(() => Change, { nullable: true, description: "The audit record of this write (null when nothing was written)." })
  change: Change | null;
  @Field({ description: "True when this answers a replay of an idempotencyKey: the first result, nothing written again." })
  replayed: boolean;
}

@ObjectType({ description: "Result of `createSource`." })
export class CreateSourcePayload extends Payload {
  @Field(() => Source, { nullable: true, description: "The new source." })
  source: Source | null;
}

@ObjectType({ description: "Result of a mutation on an entity." })
export class EntityPayload extends Payload {
  @Field(() => Entity, { nullable: true, description: "The entity as it is after the change." })
  entity: Entity | null;
}

@ObjectType({ description: "Result of `assertClaim` or `retractClaim`." })
export class ClaimPayload extends Payload {
  @Field(() => Claim, { nullable: true, description: "The claim as it is after the change." })
  claim: Claim | null;
}
