import { getMetadataStorage, ValidationTypes } from "class-validator";
import { ValidationMetadata } from "class-validator/types/metadata/ValidationMetadata";

/**
 * A fast pass over class-validator's own rules (the decorators of seed.dto.ts, read once per class
 * from its metadata), for files that are valid, which is nearly all of them: class-validator's
 * executor looks the metadata up again for every object and builds an error tree for every property,
 * which made shape checking most of the time a large import spent in Node.
 *
 * It runs the same constraint functions on the same values, but only answers "certainly valid". Any
 * failure or anything it does not handle (a decorator type, a value that is not a plain JSON object,
 * an async rule) answers `undefined`, and the caller runs class-transformer and class-validator as
 * before, which decide and word every problem. So it can reject too much, never accept too much.
 */
export function validInstanceOf<T extends object>(cls: new () => T, plain: unknown, options: { whitelist: boolean }): T | undefined {
  const instance = build(cls, plain);
  return instance !== undefined && check(cls, instance, options.whitelist) ? (instance as T) : undefined;
}

type Ctor = new () => object;

interface PropertyRules {
  conditions: ValidationMetadata[];
  custom: ValidationMetadata[];
  nested: Ctor | undefined;
}

interface ClassRules {
  properties: Map<string, PropertyRules>;
  /** False when the class uses a rule this pass does not implement: always fall back. */
  supported: boolean;
}

// class-transformer keeps @Type(() => X) in its own storage (not exported by its typed entry point);
// it tells which class each nested object is, as plainToInstance would use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const transformerStorage = (require("class-transformer/cjs/storage") as { defaultMetadataStorage: TransformerStorage })
  .defaultMetadataStorage;

interface TransformerStorage {
  findTypeMetadata(target: object, property: string): { typeFunction: (options?: unknown) => Ctor } | undefined;
  getStrategy(target: object): string;
}

const rulesCache = new Map<Ctor, ClassRules>();

function rulesOf(cls: Ctor): ClassRules {
  let rules = rulesCache.get(cls);
  if (rules) return rules;
  const storage = getMetadataStorage();
  // The same selection class-validator's executor makes (no groups, `always` off).
  const metadatas = storage.getTargetValidationMetadatas(cls, undefined as unknown as string, false, false, undefined);
  rules = { properties: new Map(), supported: metadatas.length > 0 && transformerStorage.getStrategy(cls) === "none" };
  for (const metadata of metadatas) {
    const property = rules.properties.get(metadata.propertyName) ?? { conditions: [], custom: [], nested: undefined };
    rules.properties.set(metadata.propertyName, property);
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) property.conditions.push(metadata);
    else if (metadata.type === ValidationTypes.CUSTOM_VALIDATION) {
      if (storage.getTargetValidatorConstraints(metadata.constraintCls).some((c) => c.async)) rules.supported = false;
      property.custom.push(metadata);
    } else if (metadata.type === ValidationTypes.NESTED_VALIDATION) {
      const type = transformerStorage.findTypeMetadata(cls, metadata.propertyName) ?? findInheritedType(cls, metadata.propertyName);
      if (!type) rules.supported = false;
      else property.nested = type.typeFunction();
    } else if (metadata.type !== ValidationTypes.WHITELIST) rules.supported = false;
  }
  rulesCache.set(cls, rules);
  return rules;
}

function findInheritedType(cls: Ctor, property: string) {
  for (
    let proto = Object.getPrototypeOf(cls) as object | null;
    proto && proto !== Function.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const type = transformerStorage.findTypeMetadata(proto, property);
    if (type) return type;
  }
  return undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** An instance tree like plainToInstance's for plain JSON (defaults kept, nested @Type classes), or undefined. */
function build(cls: Ctor, plain: unknown): object | undefined {
  if (!isPlainObject(plain)) return undefined;
  const rules = rulesOf(cls);
  if (!rules.supported) return undefined;
  const instance = new cls() as Record<string, unknown>;
  for (const key of Object.keys(plain)) {
    if (UNSAFE_KEYS.has(key)) return undefined;
    const value = plain[key];
    const nested = rules.properties.get(key)?.nested;
    if (nested && value !== null && value !== undefined) {
      if (Array.isArray(value)) {
        const items: object[] = [];
        for (const item of value) {
          const built = build(nested, item);
          if (built === undefined) return undefined;
          items.push(built);
        }
        instance[key] = items;
      } else {
        const built = build(nested, value);
        if (built === undefined) return undefined;
        instance[key] = built;
      }
    } else if (
      typeof value === "object" &&
      value !== null &&
      !(Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null))
    ) {
      return undefined; // an object where no @Type says what it is: let class-transformer handle it
    } else {
      instance[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
    }
  }
  return instance;
}

function check(cls: Ctor, object: object, whitelist: boolean): boolean {
  const rules = rulesOf(cls);
  if (!rules.supported) return false;
  const record = object as Record<string, unknown>;
  if (whitelist && Object.keys(record).some((key) => !rules.properties.has(key))) return false;
  const storage = getMetadataStorage();
  for (const [property, { conditions, custom, nested }] of rules.properties) {
    const value = record[property];
    if (!conditions.every((c) => (c.constraints[0] as (o: object, v: unknown) => boolean)(object, value))) continue;
    for (const metadata of custom) {
      for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        const args = { targetName: cls.name, property, object, value, constraints: metadata.constraints };
        const validate = (v: unknown) => constraint.instance.validate(v, args) === true;
        const ok =
          metadata.each && Array.isArray(value)
            ? value.every(validate)
            : metadata.each && (value instanceof Set || value instanceof Map)
              ? false
              : validate(value);
        if (!ok) return false;
      }
    }
    if (nested && value !== undefined) {
      if (Array.isArray(value)) {
        const items = value as unknown[];
        if (!items.every((item) => typeof item === "object" && item !== null && !Array.isArray(item) && check(nested, item, whitelist)))
          return false;
      } else if (typeof value !== "object" || value === null || !check(nested, value, whitelist)) return false;
    }
  }
  return true;
}
