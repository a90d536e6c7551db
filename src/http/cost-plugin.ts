import { ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../common/errors";
import { CostEstimator } from "./cost";
import { limitError } from "./limit-rules";
import { CostRateLimiter, rateLimitHeaders, retryAfterSeconds } from "./rate-limiter";
import { currentRequestInfo } from "./request-info";

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
 */
export function costPlugin(options: CostPluginOptions): ApolloServerPlugin {
  const { maxCost, limiter } = options;
  let estimator: CostEstimator | undefined;
  return {
    async requestDidStart() {
      let report: { requested: number | null; limit: number } | undefined;
      return {
        async didResolveOperation({ schema, document, operationName, request, response }) {
          const info = currentRequestInfo();
          if (estimator?.schema !== schema) estimator = new CostEstimator(schema);
          const estimate = estimator.estimate(document, operationName ?? undefined, request.variables);
          const chargeRefusal = async () => {
            if (!limiter) return;
            if (info) info.charged = true;
            await limiter.consume(info?.client ?? "unknown", maxCost);
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
          if (requested !== null && requested > maxCost) {
            await chargeRefusal();
            throw limitError(ErrorCode.QUERY_TOO_COMPLEX, "Query cost", requested, maxCost, "points", { status: 400 });
          }
          if (!limiter) return;
          if (info) info.charged = true;
          const decision = await limiter.consume(info?.client ?? "unknown", Math.max(1, requested ?? 1));
          const headers = rateLimitHeaders(decision);
          if (decision.allowed) {
            for (const [name, value] of headers) response.http.headers.set(name, value);
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
        async willSendResponse({ response }) {
          if (report && response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report };
          }
        },
      };
    },
  };
}
