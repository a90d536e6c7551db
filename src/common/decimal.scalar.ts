import { GraphQLScalarType, Kind } from "graphql";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A number as exact decimal text (Shopify's `Decimal`): JSON numbers lose digits past 2^53 in most
 * clients, and money must not. Amounts are stored as Neo4j floats; JavaScript's shortest round-trip
 * form of a float is the exact decimal the seed wrote, so it is printed without an exponent.
 */
export function toDecimalText(value: unknown): string {
  if (typeof value === "string" && DECIMAL.test(value)) return value;
  if (typeof value === "number" && Number.isFinite(value)) {
    const text = String(value);
    if (!/e/i.test(text)) return text;
    if (Number.isInteger(value)) return BigInt(value).toString();
    return value.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
  }
  throw new TypeError(`Decimal must be a decimal number such as "1500000000" or "7.5"; got ${JSON.stringify(value)?.slice(0, 40)}.`);
}

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description: 'An exact decimal number as a string, without exponent: `"1500000000"`, `"7.5"`.',
  serialize: toDecimalText,
  parseValue: toDecimalText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Decimal must be a string such as "7.5".');
    return toDecimalText(ast.value);
  },
});
