import { DocumentNode, getOperationAST, GraphQLError, GraphQLSchema, parse, specifiedRules, validate } from "graphql";
import { OperationLimits } from "../config";
import { ErrorCode } from "../common/errors";
import { CostEstimator } from "../http/cost";
import { checkDocument } from "../http/document-limits";
import { limitError, limitRules } from "../http/limit-rules";
import { knownOperationTypeRule, wrongTransport } from "../http/operation-type-rule";
import { CostRateLimiter, retryAfterSeconds } from "../http/rate-limiter";

export interface SubscribeRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * The checks an HTTP operation meets before it runs, for one sent over the WebSocket: document size
 * and tokens, syntax, validation with the depth, alias and directive limits, the cost limit, and
 * the caller's rate-limit budget (a subscription is charged its cost once, when it starts). Returns
 * the parsed document, or the errors to answer with, each with its stable code.
 */
export class OperationCheck {
  private readonly rules;
  private readonly estimator: CostEstimator;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: OperationLimits,
    private readonly limiter: CostRateLimiter | null,
  ) {
    this.rules = [...specifiedRules, knownOperationTypeRule, ...limitRules(limits)];
    this.estimator = new CostEstimator(schema);
  }

  async check(request: SubscribeRequest, client: string): Promise<DocumentNode | GraphQLError[]> {
    const sizeError = checkDocument(request.query, this.limits);
    if (sizeError) return [sizeError];
    let document: DocumentNode;
    try {
      document = parse(request.query, { maxTokens: this.limits.maxTokens + 1 });
    } catch (error) {
      return [withCode(error as GraphQLError, "GRAPHQL_PARSE_FAILED")];
    }
    const invalid = validate(this.schema, document, this.rules);
    if (invalid.length > 0) return invalid.map((error) => withCode(error, "GRAPHQL_VALIDATION_FAILED"));
    const operation = getOperationAST(document, request.operationName);
    if (!operation) {
      const message = request.operationName
        ? `No operation named "${request.operationName}" in the document.`
        : "The document holds several operations: name the one to run (operationName).";
      return [new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })];
    }
    const transportError = wrongTransport(operation.operation, "websocket");
    if (transportError) return [transportError];
    const estimate = this.estimator.estimate(document, request.operationName ?? undefined, request.variables ?? undefined);
    const maxCost = this.limits.maxCost;
    if ("tooManyNodes" in estimate) return [limitError(ErrorCode.QUERY_TOO_COMPLEX, "Query cost", NaN, maxCost, "points")];
    const cost = "cost" in estimate ? estimate.cost : 1;
    if (cost > maxCost) return [limitError(ErrorCode.QUERY_TOO_COMPLEX, "Query cost", cost, maxCost, "points")];
    if (this.limiter) {
      const decision = await this.limiter.consume(client, Math.max(1, cost));
      if (!decision.allowed) {
        const retryAfter = retryAfterSeconds(decision);
        return [
          new GraphQLError(`Rate limit exceeded: the budget of ${decision.limit} points is spent; retry after ${retryAfter} s.`, {
            extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: retryAfter },
          }),
        ];
      }
    }
    return document;
  }
}

/** graphql-js's own errors carry no code; Apollo gives HTTP's the same two. Ours (limits) keep theirs. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (typeof error.extensions?.code === "string") return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}
