import { DocumentNode, GraphQLSchema } from "graphql";
import { ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../common/pagination";

/**
 * Cost of one field, GitHub style: every field costs 1 plus its children, and a paged field
 * (one with a `first` or `last` argument) multiplies its children by the page size it asks for
 * (the default page size when it names none). Introspection is free: Apollo Sandbox and code
 * generators must always be able to read the schema.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name.startsWith("__")) return 0;
  const paged = field.args.some((a) => a.name === "first" || a.name === "last");
  if (!paged) return 1 + childComplexity;
  const asked = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
  // Out-of-range sizes are rejected by the resolver with BAD_USER_INPUT naming the argument;
  // clamping here lets that clearer error through instead of a cost error.
  const size = Number.isFinite(asked) ? Math.min(Math.max(Math.trunc(asked), 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return 1 + size * childComplexity;
};

export type CostEstimate = { cost: number } | { tooManyNodes: true } | { unknown: true };

/**
 * Estimates an operation's cost before it runs. Variables that do not coerce are reported by
 * execution itself, so they yield `unknown` here rather than a second error.
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): CostEstimate {
  try {
    return { cost: getComplexity({ schema, query: document, operationName, variables, estimators: [pageSizeEstimator] }) };
  } catch (error) {
    // getComplexity stops fragment-spread explosions after 10,000 evaluated nodes.
    if (error instanceof Error && /maximum allowed number of nodes/i.test(error.message)) return { tooManyNodes: true };
    return { unknown: true };
  }
}
