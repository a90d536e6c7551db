import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLNamedType,
  GraphQLType,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  isWrappingType,
  Kind,
  OperationDefinitionNode,
  visit,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { ownCost } from "../common/field-cost";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../common/pagination";

/**
 * Cost of one field, GitHub style: every field costs 1 (or the cost its `cost` extension declares,
 * src/common/field-cost.ts) plus its children, and a paged field
 * (one with a `first` or `last` argument) multiplies its children by the page size it asks for
 * (the default page size when it names none). A list field without paging multiplies its children
 * by the length of the list it is given (`nodes(ids: [...])`: one item per id). Introspection costs
 * what it returns: its lists multiply by their mean length in this schema (`introspectionSizes`), so
 * one full schema read fits the cost limit and fifteen aliased ones do not.
 */
export function costEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const sizes = introspectionSizes(schema);
  return ({ type, field, args, childComplexity }) => {
    // Answered from the schema without any work: free, as on GitHub.
    if (field.name === "__typename") return 0;
    const paged = field.args.some((a) => a.name === "first" || a.name === "last");
    if (paged) {
      const asked = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
      // Out-of-range sizes are rejected by the resolver with BAD_USER_INPUT naming the argument;
      // clamping here lets that clearer error through instead of a cost error.
      const size = Number.isFinite(asked) ? Math.min(Math.max(Math.trunc(asked), 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
      return 1 + size * childComplexity;
    }
    if (type.name.startsWith("__")) {
      // Introspection counts the objects it returns (types, fields, type references ...), not
      // their scalar fields: a full schema read is then about the number of objects in it.
      if (isLeafType(getNamedType(field.type))) return 0;
      return 1 + (sizes.get(`${type.name}.${field.name}`) ?? 1) * childComplexity;
    }
    if (isListType(getNullableType(field.type))) {
      const lengths = Object.values(args)
        .filter(Array.isArray)
        .map((list) => list.length);
      if (lengths.length > 0) return 1 + Math.max(1, ...lengths) * childComplexity;
    }
    return ownCost(field.extensions) + childComplexity;
  };
}

const introspectionSizeCache = new WeakMap<GraphQLSchema, Map<string, number>>();

/**
 * Mean length of each introspection list in `schema` ("__Type.fields": fields per type, ...), so an
 * estimate multiplied down the tree gives the number of objects a full introspection returns.
 * `__Type.ofType` is the chance that a type reference wraps another (NonNull, List): a client asks
 * for seven levels of it, but a chain stops at its named type, usually after one or two.
 */
export function introspectionSizes(schema: GraphQLSchema): Map<string, number> {
  const known = introspectionSizeCache.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  const count = <T>(items: readonly T[], each: (item: T) => number) => items.reduce((sum, item) => sum + each(item), 0);
  const fieldsOf = (t: GraphQLNamedType) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []);
  const allFields = types.flatMap(fieldsOf);
  const mean = (total: number, of: number) => (of === 0 ? 0 : total / of);
  const references = [
    ...allFields.map((f) => f.type),
    ...allFields.flatMap((f) => f.args.map((a) => a.type)),
    ...types.flatMap((t) => (isInputObjectType(t) ? Object.values(t.getFields()).map((f) => f.type) : [])),
  ];
  const wrappers = mean(count(references, wrapperDepth), references.length);
  const sizes = new Map<string, number>([
    ["__Schema.types", types.length],
    ["__Schema.directives", directives.length],
    ["__Type.fields", mean(allFields.length, types.length)],
    [
      "__Type.inputFields",
      mean(
        count(types, (t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)),
        types.length,
      ),
    ],
    [
      "__Type.enumValues",
      mean(
        count(types, (t) => (isEnumType(t) ? t.getValues().length : 0)),
        types.length,
      ),
    ],
    [
      "__Type.interfaces",
      mean(
        count(types, (t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)),
        types.length,
      ),
    ],
    [
      "__Type.possibleTypes",
      mean(
        count(types, (t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0)),
        types.length,
      ),
    ],
    [
      "__Field.args",
      mean(
        count(allFields, (f) => f.args.length),
        allFields.length,
      ),
    ],
    [
      "__Directive.args",
      mean(
        count(directives, (d) => d.args.length),
        directives.length,
      ),
    ],
    [
      "__Directive.locations",
      mean(
        count(directives, (d) => d.locations.length),
        directives.length,
      ),
    ],
    // Expected further levels of a chain with `wrappers` wrappers on average: p = w / (w + 1).
    ["__Type.ofType", wrappers / (wrappers + 1)],
  ]);
  introspectionSizeCache.set(schema, sizes);
  return sizes;
}

function wrapperDepth(type: GraphQLType): number {
  return isWrappingType(type) ? 1 + wrapperDepth(type.ofType) : 0;
}

export type CostEstimate = { cost: number } | { tooManyNodes: true } | { unknown: true };

/**
 * Estimates an operation's cost before it runs. Variables that do not coerce are reported by
 * execution itself, so they yield `unknown` here rather than a second error.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): CostEstimate {
  try {
    const cost = getComplexity({ schema, query: document, operationName, variables, estimators: [costEstimator(schema)] });
    return { cost: Math.ceil(cost) };
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
 * operation, the values of the variables used in `first`/`last` arguments and in directives, and
 * the lengths of list variables, so an operation sent again with other ids or slugs reuses it. The variables are still coerced
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
    // List lengths count too (a list argument multiplies by its length); other values do not.
    const lengths = Object.entries(coerced.coerced)
      .filter(([, value]) => Array.isArray(value))
      .map(([name, value]) => [name, (value as unknown[]).length]);
    const key = JSON.stringify([plan.costVariables.map((name) => coerced.coerced[name]), lengths]);
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
    if (!perDocument) this.plans.set(document, (perDocument = new Map<string, OperationPlan | null>()));
    const key = operationName ?? "";
    let plan = perDocument.get(key);
    if (plan === undefined) {
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const operation =
        operationName === undefined
          ? operations.length === 1
            ? operations[0]
            : undefined
          : operations.find((o) => o.name?.value === operationName);
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
