import { FieldNode, FragmentDefinitionNode, getNamedType, GraphQLSchema, Kind, OperationDefinitionNode, parse } from "graphql";
import { EntityPlan, rootEntityPlan } from "../../src/graph/compile/plan";

/**
 * The plan of a root field of a query text, as the resolver builds it from its resolve info: for
 * tests and for the EXPLAIN checks of the compiled shapes, which have a query, not a resolver call.
 */
export function planOfQuery(
  schema: GraphQLSchema,
  query: string,
  variableValues: Record<string, unknown> = {},
  rootField = "entity",
): EntityPlan {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const fieldNodes = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === rootField);
  const returnType = getNamedType(schema.getQueryType()!.getFields()[rootField].type);
  return rootEntityPlan(fieldNodes, returnType, { schema, fragments, variableValues });
}
