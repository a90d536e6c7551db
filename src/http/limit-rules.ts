import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { OperationLimits } from "../config";
import { ErrorCode } from "../common/errors";

/**
 * GraphQL Armor's depth, alias and directive rules as validation rules, each reporting its own
 * stable code and saying by how much the operation is over. Armor's own errors carry the counts
 * in their text ("... limit of 6 exceeded, found 9."); we re-report them in our words.
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      // Inline fragments and spreads do not nest data; counting them would punish `... on Person`.
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [reject(ErrorCode.QUERY_TOO_DEEP, "Query depth", limits.maxDepth, "levels")],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reject(ErrorCode.TOO_MANY_ALIASES, "Alias count", limits.maxAliases, "aliases")],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject(ErrorCode.TOO_MANY_DIRECTIVES, "Directive count", limits.maxDirectives, "directives")],
    }),
  ];
}

function reject(code: ErrorCode, what: string, limit: number, unit: string) {
  return (context: ValidationContext | null, armorError: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(armorError.message)?.[1] ?? NaN);
    context?.reportError(limitError(code, what, found, limit, unit));
  };
}

/** The error every limit uses: `extensions` carry the limit and the actual value for programs. */
export function limitError(
  code: ErrorCode,
  what: string,
  actual: number,
  limit: number,
  unit: string,
  http?: { status: number },
): GraphQLError {
  const over = Number.isFinite(actual) ? ` (${actual} ${unit}, ${actual - limit} over the limit of ${limit})` : ` (limit ${limit} ${unit})`;
  return new GraphQLError(`${what} exceeds the limit${over}.`, {
    extensions: { code, limit, actual: Number.isFinite(actual) ? actual : null, ...(http ? { http } : {}) },
  });
}
