import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../common/errors";
import { sendGraphQLError } from "./error-response";
import { RequestInfo } from "./request-info";

/** Requests a client may have waiting for a slot, per slot; beyond them it is refused. */
export const QUEUED_PER_SLOT = 8;

interface ClientSlots {
  running: number;
  waiting: (() => void)[];
}

/**
 * At most `max` requests per client run at once; the client's further requests wait their turn
 * (their bodies unread), up to QUEUED_PER_SLOT × `max`, and beyond that are refused with 429
 * TOO_MANY_CONCURRENT_REQUESTS. A request holds its slot until its connection has taken the whole
 * reply ("close", not "finish"): a client that never reads its replies keeps them in this server's
 * memory, so the cap, times the response size limit, bounds what one client can pin. A client
 * flooding on many connections thus gets no more of the server than one with `max` connections.
 */
export function clientConcurrency(max: number) {
  const clients = new Map<string, ClientSlots>();
  return (_req: Request, res: Response, next: NextFunction) => {
    const client = (res.locals.info as RequestInfo).client;
    let slots = clients.get(client);
    if (!slots) clients.set(client, (slots = { running: 0, waiting: [] }));
    const state = slots;
    if (state.running >= max && state.waiting.length >= QUEUED_PER_SLOT * max) {
      res.setHeader("retry-after", "1");
      sendGraphQLError(
        res,
        429,
        `Too many requests from this client at once (${max} running, ${state.waiting.length} waiting); wait for earlier replies before sending more.`,
        {
          code: ErrorCode.TOO_MANY_CONCURRENT_REQUESTS,
          limit: max,
          retryAfterSeconds: 1,
        },
      );
      return;
    }
    let started = false;
    let done = false;
    const start = () => {
      if (done) return;
      started = true;
      state.running += 1;
      next();
    };
    res.once("close", () => {
      done = true;
      if (!started) {
        // Gave up while waiting (client closed or timed out): leave the queue.
        const index = state.waiting.indexOf(start);
        if (index >= 0) state.waiting.splice(index, 1);
      } else {
        state.running -= 1;
        const following = state.waiting.shift();
        if (following) following();
      }
      if (state.running === 0 && state.waiting.length === 0) clients.delete(client);
    });
    if (state.running < max) start();
    else state.waiting.push(start);
  };
}
