import { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, OperationTypeNode, ValidationRule } from "graphql";

/** How an operation reached the API: an HTTP request, or a graphql-ws message on a WebSocket. */
export type Transport = "http" | "websocket";

/**
 * graphql-js validates an operation type the schema lacks only at execution, where the error
 * carries no code and would be masked as an internal error; this refuses it during validation
 * instead (GRAPHQL_VALIDATION_FAILED, 400).
 */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} type.`, { nodes: node }));
    }
  },
});

/**
 * Each transport runs what it can answer: HTTP gives one answer per request, so a subscription
 * goes over graphql-ws on the same URL; the WebSocket carries subscriptions only, so queries and
 * mutations keep HTTP's rate limit, cache headers and data version. Checked on the operation
 * chosen to run, not on every one in the document: Apollo Sandbox sends its whole document
 * (schema/examples.graphql, queries and a subscription) with the name of the one to run.
 */
export function wrongTransport(operation: OperationTypeNode, transport: Transport): GraphQLError | null {
  if (transport === "http" && operation === OperationTypeNode.SUBSCRIPTION) {
    return refusal("Subscriptions run over WebSocket (the graphql-ws protocol) on this same URL, not over HTTP.");
  }
  if (transport === "websocket" && operation !== OperationTypeNode.SUBSCRIPTION) {
    return refusal(`Send a ${operation} over HTTP (POST or GET /graphql); the WebSocket carries subscriptions only.`);
  }
  return null;
}

/** wrongTransport for HTTP requests, once Apollo knows which operation runs. */
export function httpOperationsOnly(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const error = operation ? wrongTransport(operation.operation, "http") : null;
          if (error) throw error;
        },
      };
    },
  };
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } });
}
