import { plainToInstance } from "class-transformer";
import { validateSync, ValidationError } from "class-validator";
import { FolderProblem } from "../../seed/seed.validate";
import { UserError, UserErrorCode } from "./curation.payloads";

/** Thrown inside a mutation's transaction: rolls it back, then becomes the payload's userErrors. */
export class UserErrorsAbort extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join("; "));
  }
}

/** Fields that sit at the top of assertClaim's input although the seed record nests them under the fact. */
const TOP_LEVEL: Record<string, string> = {
  citations: "citations",
  certainty: "certainty",
  stance: "stance",
  attributedTo: "attributedToId",
};

export function userError(path: string, message: string, code: UserErrorCode = UserErrorCode.BAD_USER_INPUT): UserError {
  const parts = path.split(/[.[\]]+/).filter((p) => p.length > 0);
  const top = parts.findIndex((p) => p in TOP_LEVEL);
  const field = top > 0 ? [TOP_LEVEL[parts[top]], ...parts.slice(top + 1)] : parts;
  return { field: ["input", ...field], message, code };
}

export function abort(path: string, message: string, code: UserErrorCode = UserErrorCode.BAD_USER_INPUT): never {
  throw new UserErrorsAbort([userError(path, message, code)]);
}

/** `expectedVersion`, when given, must be the entity's current version: CONFLICT instead of a lost update. */
export function checkExpectedVersion(current: number, expected: number | null | undefined): void {
  if (expected != null && current !== expected)
    abort("expectedVersion", `the entity is at version ${current}, not ${expected}: read it again`, UserErrorCode.CONFLICT);
}

/** The seed files' shape rules (seed.dto.ts) on one record, as userErrors under `prefix`. */
export function shapeErrors<T extends object>(cls: new () => T, plain: object, prefix: string): { instance: T; errors: UserError[] } {
  const instance = plainToInstance(cls, plain);
  const errors = validateSync(instance, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true });
  return { instance, errors: flatten(errors, prefix) };
}

function flatten(errors: ValidationError[], prefix: string): UserError[] {
  return errors.flatMap((error) => {
    const here = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((m) => userError(here, m.replace(/^(property )?\S+ /, `${error.property} `)));
    return [...own, ...flatten(error.children ?? [], here)];
  });
}

/**
 * The seed validator's cross-record problems (quotes, references, roles) as userErrors: its record path
 * (`claims[0] (slug "x")`) is dropped, the field renamed to the input's where they differ.
 */
export function folderErrors(problems: FolderProblem[], prefix: string, rename: Record<string, string> = {}): UserError[] {
  return problems.map((p) => {
    let field = p.path.replace(/^\w+\[\d+\](?: \(slug "[^"]*"\))?\.?/, "");
    for (const [from, to] of Object.entries(rename)) field = field.replace(new RegExp(`^${from.replace(/[[\]]/g, "\\$&")}`), to);
    return userError(prefix && field ? `${prefix}.${field}` : prefix || field, p.message, UserErrorCode[p.code]);
  });
}

// Control characters are what this rule is about.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F]/;
/** Fields of running text, where line breaks and tabs are allowed. */
const PROSE = new Set(["text", "quote", "note", "description", "summary", "reason"]);

/**
 * Half of a UTF-16 surrogate pair without the other half: no character at all. The driver would send
 * it to Neo4j as U+FFFD, so the stored text would silently differ from what the caller sent.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Control characters and lone surrogates are refused everywhere (line breaks and tabs only in running text). */
export function controlCharacterErrors(value: unknown, path = ""): UserError[] {
  if (typeof value === "string") {
    const field = path
      .split(".")
      .pop()!
      .replace(/\[\d+\]$/, "");
    if ((PROSE.has(field) ? CONTROL : CONTROL_OR_NEWLINE).test(value)) return [userError(path, `${field} contains a control character`)];
    return LONE_SURROGATE.test(value) ? [userError(path, `${field} contains half of a UTF-16 surrogate pair (not a character)`)] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => controlCharacterErrors(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => controlCharacterErrors(v, path ? `${path}.${k}` : k));
  return [];
}
