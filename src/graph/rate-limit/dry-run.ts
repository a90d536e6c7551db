import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSchema,
  GraphQLSkipDirective,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
} from "graphql";
import { getArgumentValues, getVariableValues } from "graphql/execution/values";

/** The root field this module looks for. */
const FIELD = "rateLimit";

/**
 * For an operation that asks `rateLimit(dryRun: true)` at its root: the same document with the
 * operation cut down to its `rateLimit` fields, to execute instead of the whole operation. Null for
 * any other operation, and for one whose variables do not coerce (execution reports those).
 */
export function dryRunDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): DocumentNode | null {
  const field = schema.getQueryType()?.getFields()[FIELD];
  if (operation.operation !== OperationTypeNode.QUERY || !field) return null;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  // Most operations never name rateLimit: answer those without coercing the variables again.
  if (!rootFields(operation.selectionSet, fragments, null, new Set()).some((f) => f.name.value === FIELD)) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const fields = rootFields(operation.selectionSet, fragments, coerced.coerced, new Set()).filter((f) => f.name.value === FIELD);
  if (!fields.some((f) => getArgumentValues(field, f, coerced.coerced).dryRun === true)) return null;
  const pruned: OperationDefinitionNode = { ...operation, selectionSet: { kind: Kind.SELECTION_SET, selections: fields } };
  return { ...document, definitions: [pruned, ...fragments.values()] };
}

/** The root fields an operation selects, through fragments, leaving out those @skip/@include drop (all of them without `variables`). */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | null,
  visited: Set<string>,
): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (variables && !included(selection, variables)) return [];
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, variables, visited);
    const fragment = fragments.get(selection.name.value);
    // Validation already refused unknown and cyclic spreads; `visited` only saves repeated work.
    if (!fragment || visited.has(fragment.name.value)) return [];
    visited.add(fragment.name.value);
    return rootFields(fragment.selectionSet, fragments, variables, visited);
  });
}

function included(node: Parameters<typeof getDirectiveValues>[1], variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}
