import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLResolveInfo,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  parse,
} from "graphql";
import { EntityPlan, rootEntityPlan } from "../../src/graph/compile/plan";

/**
 * The parts of the resolve info a root field of a query text gets that the plans and projections
 * read (src/graph/compile/): for tests and for the EXPLAIN checks of the compiled shapes, which have
 * a query, not a resolver call.
 */
export function infoOfQuery(
  schema: GraphQLSchema,
  query: string,
  rootField: string,
  variableValues: Record<string, unknown> = {},
): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const fieldNodes = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === rootField);
  const parentType = schema.getQueryType()!;
  const returnType = parentType.getFields()[rootField].type;
  return { fieldNodes, parentType, returnType, schema, fragments, variableValues, operation } as unknown as GraphQLResolveInfo;
}

/** The plan of a root field of a query text, as the resolver builds it from its resolve info. */
export function planOfQuery(
  schema: GraphQLSchema,
  query: string,
  variableValues: Record<string, unknown> = {},
  rootField = "entity",
): EntityPlan {
  const info = infoOfQuery(schema, query, rootField, variableValues);
  return rootEntityPlan(info.fieldNodes, getNamedType(info.returnType), info);
}
