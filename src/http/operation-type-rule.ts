import { GraphQLError, ValidationRule } from "graphql";

/**
 * graphql-js validates a `mutation` or `subscription` against a schema without that root type
 * only at execution, where the error carries no code and would be masked as an internal error.
 * This read-only API refuses them during validation instead (GRAPHQL_VALIDATION_FAILED, 400).
 */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`This API is read-only: the schema has no ${node.operation} type; send a query.`, { nodes: node }),
      );
    }
  },
});
