import { GraphQLScalarType, Kind } from "graphql";
import { parsePartialDate } from "./partial-date";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): string {
  if (typeof value !== "string" || !ISO_DAY.test(value) || parsePartialDate(value)?.precision !== "DAY") {
    throw new TypeError(`Date must be a calendar date in ISO 8601 form (YYYY-MM-DD); got ${JSON.stringify(value)?.slice(0, 40)}.`);
  }
  return value;
}

/**
 * A calendar day, `YYYY-MM-DD`, passed through as text (no time zone games). Not graphql-scalars'
 * `Date`: that one parses into a JavaScript Date (resolvers would get an instant, not a day) and
 * describes itself differently, which would change the published schema.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date in ISO 8601 form: `2024-10-31`.",
  serialize: (value) => parseDay(value),
  parseValue: (value) => parseDay(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string such as "2024-10-31".');
    return parseDay(ast.value);
  },
});
