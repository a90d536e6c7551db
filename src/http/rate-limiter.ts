import type { Request } from "express";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { RateLimitSettings } from "../config";
import { RequestInfo } from "./request-info";

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Points spent in the current window. */
  used: number;
  /** Milliseconds until the client's window resets. */
  resetMs: number;
}

/**
 * A cost budget per client and fixed window, kept in this process's memory: with several API
 * instances each keeps its own budget (see README.md, "Rate limiting", for a shared store).
 */
export class CostRateLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(readonly settings: RateLimitSettings) {
    this.limiter = new RateLimiterMemory({ points: settings.points, duration: settings.windowSeconds });
  }

  /** Spends `points` of `client`'s budget; a refused request still spends them (floods stay refused). */
  async consume(client: string, points: number): Promise<RateLimitDecision> {
    const limit = this.settings.points;
    try {
      const res = await this.limiter.consume(client, points);
      return { allowed: true, limit, remaining: res.remainingPoints, used: res.consumedPoints, resetMs: res.msBeforeNext };
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes)
        return { allowed: false, limit, remaining: 0, used: refusal.consumedPoints, resetMs: refusal.msBeforeNext };
      throw refusal;
    }
  }

  /** The client's budget without spending any of it (a window not yet started is full and ends a window from now). */
  async status(client: string): Promise<RateLimitDecision> {
    const limit = this.settings.points;
    const state = await this.limiter.get(client);
    if (!state) return { allowed: true, limit, remaining: limit, used: 0, resetMs: this.settings.windowSeconds * 1000 };
    const used = state.consumedPoints;
    return { allowed: used <= limit, limit, remaining: Math.max(0, limit - used), used, resetMs: state.msBeforeNext };
  }

  /** The refusal for a client that has already spent more than its budget in this window, else null. */
  async overBudget(client: string): Promise<RateLimitDecision | null> {
    const state = await this.limiter.get(client);
    if (!state || state.consumedPoints <= this.settings.points) return null;
    return { allowed: false, limit: this.settings.points, remaining: 0, used: state.consumedPoints, resetMs: state.msBeforeNext };
  }
}

/**
 * Who pays for an anonymous request: the peer address (a verified API key pays as `key:<name>`
 * instead, see authenticate.ts; an unverified header such as X-API-Key is no identity, or any string
 * would start a fresh budget). Behind a reverse proxy the address is the proxy's unless TRUST_PROXY
 * names it (Express's "trust proxy": X-Forwarded-For is then read up to the first untrusted hop).
 */
export function clientKey(req: Request): string {
  return `ip:${req.ip ?? req.socket.remoteAddress ?? "unknown"}`;
}

/**
 * Whose budget a request spends and reports (the gate, the cost plugin and `rateLimit` all ask
 * here), so keying budgets by API key instead of client address changes this function only.
 */
export function budgetKey(info: RequestInfo | undefined): string {
  return info?.client ?? "unknown";
}

/** The standard rate-limit headers (GitHub's names); Reset is a Unix time in seconds. */
export function rateLimitHeaders(decision: RateLimitDecision): [string, string][] {
  const headers: [string, string][] = [
    ["x-ratelimit-limit", String(decision.limit)],
    ["x-ratelimit-remaining", String(Math.max(0, decision.remaining))],
    ["x-ratelimit-reset", String(Math.ceil((Date.now() + decision.resetMs) / 1000))],
  ];
  if (!decision.allowed) headers.push(["retry-after", String(retryAfterSeconds(decision))]);
  return headers;
}

/** Whole seconds until a refused client may retry (at least 1), as Retry-After says. */
export function retryAfterSeconds(decision: RateLimitDecision): number {
  return Math.max(1, Math.ceil(decision.resetMs / 1000));
}
