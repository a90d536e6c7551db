import { getMetadataStorage, validateOrReject, ValidationError, ValidatorOptions } from "class-validator";
import { ArgumentValidationError, ValidatorFn } from "type-graphql";

/** What TypeGraphQL's built-in validation uses with `validate: { forbidUnknownValues: false }`. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const constrained = new WeakMap<Function, boolean>();

/** True when class-validator holds any rule for the class (its own or inherited). */
function hasRules(target: Function): boolean {
  let known = constrained.get(target);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(target, "", true, false).length > 0;
    constrained.set(target, known);
  }
  return known;
}

/**
 * TypeGraphQL's argument validation (class-validator on every `@Args`/`@Arg` object), run only for
 * classes that declare rules: TypeGraphQL would otherwise hand every argument object to
 * class-validator on every resolver call, most of them classes without a single rule (PageArgs).
 * Errors are TypeGraphQL's own ArgumentValidationError, as with `validate: true`.
 */
export const validateArguments: ValidatorFn = async (value) => {
  if (value === null || typeof value !== "object") return;
  const items: object[] = (Array.isArray(value) ? value : [value]).filter((item) => item !== null && typeof item === "object" && hasRules(item.constructor));
  if (items.length === 0) return;
  try {
    await Promise.all(items.map((item) => validateOrReject(item, OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};
