import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../common/errors";
import { sendGraphQLError } from "./error-response";
import { budgetKey, CostRateLimiter, rateLimitHeaders, retryAfterSeconds } from "./rate-limiter";
import { RequestInfo } from "./request-info";

/**
 * The rate limiter's door, in front of body parsing and Apollo. A client that has gone over its
 * budget is refused here (429) without its body being read or parsed, until its window resets. A
 * request that ends before the cost plugin charged it (malformed body, syntax or validation error,
 * a limit exceeded) spends 1 point when its response is sent: floods of invalid requests cost the
 * server parsing and validation, so they spend the budget too.
 */
export function rateLimitGate(limiter: CostRateLimiter) {
  return async (_req: Request, res: Response, next: NextFunction) => {
    const info = res.locals.info as RequestInfo;
    const refusal = await limiter.overBudget(budgetKey(info));
    if (refusal) {
      for (const [name, value] of rateLimitHeaders(refusal)) res.setHeader(name, value);
      const retryAfter = retryAfterSeconds(refusal);
      const message = `Rate limit exceeded: the budget of ${refusal.limit} points per ${limiter.settings.windowSeconds} s is spent; retry after ${retryAfter} s.`;
      sendGraphQLError(res, 429, message, { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: retryAfter });
      return;
    }
    res.once("finish", () => {
      if (!info.charged) void limiter.consume(budgetKey(info), 1);
    });
    next();
  };
}
