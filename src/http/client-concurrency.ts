import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../common/errors";
import { sendGraphQLError } from "./error-response";
import { RequestInfo } from "./request-info";

/**
 * At most `max` requests per client in flight. A request counts until its connection has taken
 * the whole reply ("close", not "finish"): a client that never reads its replies keeps them in this
 * server's memory, so the cap, times the response size limit, bounds what one client can pin.
 * Over the cap: 429 TOO_MANY_CONCURRENT_REQUESTS, before the body is read.
 */
export function clientConcurrency(max: number) {
  const inFlight = new Map<string, number>();
  return (_req: Request, res: Response, next: NextFunction) => {
    const client = (res.locals.info as RequestInfo).client;
    const current = inFlight.get(client) ?? 0;
    if (current >= max) {
      res.setHeader("retry-after", "1");
      sendGraphQLError(res, 429, `Too many requests in flight from this client (limit ${max}); wait for earlier replies before sending more.`, {
        code: ErrorCode.TOO_MANY_CONCURRENT_REQUESTS,
        limit: max,
        retryAfterSeconds: 1,
      });
      return;
    }
    inFlight.set(client, current + 1);
    res.once("close", () => {
      const left = (inFlight.get(client) ?? 1) - 1;
      if (left <= 0) inFlight.delete(client);
      else inFlight.set(client, left);
    });
    next();
  };
}
