import { DocumentNode, GraphQLSchema, Kind, OperationDefinitionNode, visit } from "graphql";
import { getVariableValues } from "graphql/execution/values";
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

/** Estimates kept per operation of a document; beyond this the estimate is computed each time. */
const MAX_ESTIMATES_PER_OPERATION = 64;

interface OperationPlan {
  operation: OperationDefinitionNode;
  /** The variables the estimate can depend on (page sizes, @skip/@include), sorted. */
  costVariables: string[];
  estimates: Map<string, CostEstimate>;
}

/**
 * `estimateCost` remembered per document: the estimate depends only on the document, the
 * operation and the values of the variables used in `first`/`last` arguments and in directives,
 * so an operation sent again with other ids or slugs reuses it. The variables are still coerced
 * on every request, so ones that do not coerce give `unknown` exactly as before. Apollo keeps one
 * DocumentNode per query text in its document store; the cache lives and dies with it (WeakMap).
 */
export class CostEstimator {
  private readonly plans = new WeakMap<DocumentNode, Map<string, OperationPlan | null>>();

  constructor(readonly schema: GraphQLSchema) {}

  estimate(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): CostEstimate {
    const plan = this.plan(document, operationName);
    if (!plan) return estimateCost(this.schema, document, operationName, variables);
    const coerced = getVariableValues(this.schema, plan.operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return { unknown: true };
    const key = JSON.stringify(plan.costVariables.map((name) => coerced.coerced[name]));
    let estimate = plan.estimates.get(key);
    if (!estimate) {
      estimate = estimateCost(this.schema, document, operationName, variables);
      if (plan.estimates.size < MAX_ESTIMATES_PER_OPERATION) plan.estimates.set(key, estimate);
    }
    return estimate;
  }

  /** Null when the operation is not one that can be cached (several operations and no name). */
  private plan(document: DocumentNode, operationName: string | undefined): OperationPlan | null {
    let perDocument = this.plans.get(document);
    if (!perDocument) this.plans.set(document, (perDocument = new Map()));
    const key = operationName ?? "";
    let plan = perDocument.get(key);
    if (plan === undefined) {
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const operation = operationName === undefined ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === operationName);
      plan = operation ? { operation, costVariables: costVariables(document), estimates: new Map() } : null;
      perDocument.set(key, plan);
    }
    return plan;
  }
}

/**
 * Variables anywhere in the document (over-approximated: every operation and fragment) that the
 * estimate reads: those inside `first`/`last` arguments and inside directive arguments.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let depth = 0;
  const enter = () => void (depth += 1);
  const leave = () => void (depth -= 1);
  visit(document, {
    Argument: {
      enter(node) {
        if (node.name.value === "first" || node.name.value === "last") enter();
      },
      leave(node) {
        if (node.name.value === "first" || node.name.value === "last") leave();
      },
    },
    Directive: { enter, leave },
    Variable(node) {
      if (depth > 0) names.add(node.name.value);
    },
  });
  return [...names].sort();
}
