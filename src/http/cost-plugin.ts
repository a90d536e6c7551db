import { ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { DocumentNode, execute, GraphQLError } from "graphql";
import { ErrorCode } from "../common/errors";
import { AppContext } from "../context";
import { dryRunDocument } from "../graph/rate-limit/dry-run";
import { RateLimit } from "../graph/rate-limit/rate-limit.type";
import { CostEstimator } from "./cost";
import { limitError } from "./limit-rules";
import { budgetKey, CostRateLimiter, RateLimitDecision, rateLimitHeaders, retryAfterSeconds } from "./rate-limiter";

export interface CostPluginOptions {
  maxCost: number;
  /** Null when rate limiting is off. */
  limiter: CostRateLimiter | null;
}

/**
 * Estimates each operation's cost once it is parsed and validated, refuses it above the limit,
 * charges it to the client's rate-limit budget, and reports it in `extensions.cost` (as GitHub
 * reports `rateLimit.cost`) with the budget in X-RateLimit-* headers. An operation refused as too
 * complex spends `maxCost` points: estimating it was work, and a client that keeps sending such
 * operations meets its budget (and the cheap refusal at the door) within a dozen of them.
 * The outcome goes on the context for the `rateLimit` field; an operation that asks
 * `rateLimit(dryRun: true)` is estimated but neither charged nor run beyond its `rateLimit` fields.
 */
export function costPlugin(options: CostPluginOptions): ApolloServerPlugin<AppContext> {
  const { maxCost, limiter } = options;
  let estimator: CostEstimator | undefined;
  return {
    async requestDidStart() {
      let report: { requested: number | null; limit: number } | undefined;
      let dryRun: DocumentNode | null = null;
      return {
        async didResolveOperation({ schema, document, operation, operationName, request, response, contextValue }) {
          const info = contextValue.requestInfo;
          if (estimator?.schema !== schema) estimator = new CostEstimator(schema);
          const estimate = estimator.estimate(document, operationName ?? undefined, request.variables);
          const chargeRefusal = async () => {
            if (!limiter) return;
            if (info) info.charged = true;
            await limiter.consume(budgetKey(info), maxCost);
          };
          if ("tooManyNodes" in estimate) {
            await chargeRefusal();
            throw new GraphQLError("Query cost cannot be estimated: it expands to more than 10,000 fields (fragments spread too often).", {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: maxCost, actual: null, http: { status: 400 } },
            });
          }
          const requested = "cost" in estimate ? estimate.cost : null;
          report = { requested, limit: maxCost };
          if (info) info.cost = requested;
          // What the budget is charged: an operation whose cost is unknown still costs a point.
          const cost = Math.max(1, requested ?? 1);
          dryRun = operation ? dryRunDocument(schema, document, operation, request.variables) : null;
          if (dryRun) {
            // Marked as charged so that the gate does not charge its 1 point either.
            if (info) info.charged = true;
            const budget = limiter ? await limiter.status(budgetKey(info)) : null;
            if (budget) for (const [name, value] of rateLimitHeaders(budget)) response.http.headers.set(name, value);
            contextValue.rateLimit = rateLimitOf(cost, budget);
            return;
          }
          if (requested !== null && requested > maxCost) {
            await chargeRefusal();
            throw limitError(ErrorCode.QUERY_TOO_COMPLEX, "Query cost", requested, maxCost, "points", { status: 400 });
          }
          if (!limiter) {
            contextValue.rateLimit = rateLimitOf(cost, null);
            return;
          }
          if (info) info.charged = true;
          const decision = await limiter.consume(budgetKey(info), cost);
          const headers = rateLimitHeaders(decision);
          if (decision.allowed) {
            for (const [name, value] of headers) response.http.headers.set(name, value);
            contextValue.rateLimit = rateLimitOf(cost, decision);
            return;
          }
          const retryAfter = retryAfterSeconds(decision);
          throw new GraphQLError(
            `Rate limit exceeded: this operation costs ${requested ?? 1} points and the budget of ${decision.limit} points per ${limiter.settings.windowSeconds} s is spent; retry after ${retryAfter} s.`,
            {
              extensions: {
                code: ErrorCode.RATE_LIMITED,
                retryAfterSeconds: retryAfter,
                http: { status: 429, headers: new HeaderMap(headers) },
              },
            },
          );
        },
        async responseForOperation({ schema, request, contextValue, operationName, response }) {
          if (!dryRun) return null;
          // Only `rateLimit` resolves, and it cannot fail: its value is already on the context, and
          // variables that do not coerce never make a dry run (dryRunDocument).
          const result = await execute({ schema, document: dryRun, contextValue, variableValues: request.variables, operationName });
          return { http: response.http, body: { kind: "single", singleResult: result } };
        },
        async willSendResponse({ response }) {
          if (report && response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report };
          }
        },
      };
    },
  };
}

function rateLimitOf(cost: number, budget: RateLimitDecision | null): RateLimit {
  if (!budget) return { cost, limit: null, remaining: null, used: null, resetAt: null };
  const { limit, remaining, used, resetMs } = budget;
  return { cost, limit, remaining, used, resetAt: new Date(Date.now() + resetMs) };
}
