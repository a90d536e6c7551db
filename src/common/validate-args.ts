import { getMetadataStorage, validate, ValidationArguments, ValidationError, ValidatorOptions, ValidateBy } from "class-validator";
import { ValidatorFn } from "type-graphql";
import { BadUserInputError } from "./errors";

/** What TypeGraphQL's built-in validation uses with `validate: { forbidUnknownValues: false }`; null and omitted arguments are not checked. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** An argument class, as class-validator keys its rules. */
type ArgumentClass = abstract new (...args: never[]) => object;

const constrained = new WeakMap<ArgumentClass, boolean>();

/** True when class-validator holds any rule for the class (its own or inherited). */
function hasRules(target: ArgumentClass): boolean {
  let known = constrained.get(target);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(target, "", true, false).length > 0;
    constrained.set(target, known);
  }
  return known;
}

/** Rules that compare two arguments are reported before either argument's own range (as clients have always seen). */
const FIRST_REPORTED = "notCombinedWith";

/**
 * TypeGraphQL's argument validation: class-validator runs the rules the argument classes declare
 * (`@Min`, `@Max`, `@MaxLength` ...), only for classes that declare some, and the first broken rule
 * becomes BAD_USER_INPUT naming its argument, the same error the resolvers raise for what a rule
 * cannot express (an unknown id, a cursor from elsewhere).
 */
export const validateArguments: ValidatorFn = async (value) => {
  if (value === null || typeof value !== "object") return;
  const candidates: unknown[] = Array.isArray(value) ? value : [value];
  const items = candidates.filter(
    (item): item is object => item !== null && typeof item === "object" && hasRules(item.constructor as ArgumentClass),
  );
  for (const item of items) {
    const errors = await validate(item, OPTIONS);
    if (errors.length === 0) continue;
    const error = errors.find((e) => e.constraints?.[FIRST_REPORTED]) ?? errors[0];
    throw new BadUserInputError(error.property, firstMessage(error));
  }
};

function firstMessage(error: ValidationError): string {
  const constraints = error.constraints ?? {};
  return constraints[FIRST_REPORTED] ?? Object.values(constraints)[0];
}

/** The message of a range rule (`@Min`/`@Max` share it): `must be between 1 and 100; got 0.` */
export function between(min: number, max: number) {
  return { message: (args: ValidationArguments) => `must be between ${min} and ${max}; got ${String(args.value)}.` };
}

/** Fails when this argument and `other` are both given. */
export function NotCombinedWith(other: string, message: string): PropertyDecorator {
  return ValidateBy({
    name: FIRST_REPORTED,
    constraints: [other],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => value == null || (args?.object as Record<string, unknown>)[other] == null,
      defaultMessage: () => message,
    },
  });
}
