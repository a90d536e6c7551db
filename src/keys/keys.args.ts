import { KEY_ROLES } from "../auth/api-key";
import { Role } from "../auth/viewer";

export type KeysCommand =
  { kind: "create"; name: string; role: Role } | { kind: "list" } | { kind: "revoke"; name: string } | { kind: "help" };

export const USAGE = `Usage:
  npm run keys -- create --name NAME --role editor|admin   prints a new key once (the last line is the key alone)
  npm run keys -- list                                     every key: name, role, created, revoked
  npm run keys -- revoke NAME                              refused from then on (within a few seconds by a running API)`;

/** A key's name: the actor in the audit trail and the log, so short and plain (no colon: `seed:<folder>` is reserved). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Thrown for a command line that asks for nothing valid; the CLI prints it with the usage. */
export class UsageError extends Error {}

/** Reads `create --name N --role R`, `list` or `revoke N` (options also as --name=N). */
export function parseKeysArgs(argv: string[]): KeysCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") return { kind: "help" };
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (command !== "create" || !["name", "role"].includes(name)) throw new UsageError(`Unknown option --${name} for "${command}".`);
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value.`);
    options.set(name, value);
  }
  switch (command) {
    case "create": {
      if (positional.length > 0) throw new UsageError(`Unexpected argument "${positional[0]}".`);
      const name = checkName(options.get("name"));
      const role = options.get("role");
      if (!KEY_ROLES.includes(role as Role))
        throw new UsageError(`--role must be one of ${KEY_ROLES.join(", ")}${role ? `, not "${role}"` : ""}.`);
      return { kind: "create", name, role: role as Role };
    }
    case "list":
      if (positional.length > 0) throw new UsageError(`Unexpected argument "${positional[0]}".`);
      return { kind: "list" };
    case "revoke":
      if (positional.length !== 1) throw new UsageError("revoke takes the key's name: npm run keys -- revoke NAME");
      return { kind: "revoke", name: checkName(positional[0]) };
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

function checkName(name: string | undefined): string {
  if (name === undefined) throw new UsageError("--name is required.");
  if (!NAME.test(name)) {
    throw new UsageError(
      `The name "${name.slice(0, 80)}" is not valid: 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit.`,
    );
  }
  return name;
}
