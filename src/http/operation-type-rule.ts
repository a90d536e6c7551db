import { GraphQLError, ValidationRule } from "graphql";

/**
 * graphql-js validates a `mutation` or `subscription` against a schema without that root type
 * only at execution, where the error carries no code and would be masked as an internal error.
 * The API has queries and mutations but no subscriptions; it refuses an operation type the schema
 * lacks during validation instead (GRAPHQL_VALIDATION_FAILED, 400).
 */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} type; send a query or a mutation.`, { nodes: node }));
    }
  },
});
