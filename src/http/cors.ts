import cors from "cors";
import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../common/errors";
import { sendGraphQLError } from "./error-response";

/** Apollo Sandbox, both on Studio and embedded in our landing page, calls the API from these. */
export const SANDBOX_ORIGINS = ["https://studio.apollographql.com", "https://sandbox.embed.apollographql.com"];

/**
 * CORS for /graphql: Apollo Sandbox plus the configured origins ("*" allows any). No cookies are
 * used, so credentials are never allowed; the rate-limit headers are exposed so browser apps can
 * pace themselves. A preflight from any other origin is refused here with 403 ORIGIN_NOT_ALLOWED
 * (otherwise it would reach Apollo and be answered with its CSRF message, which misleads).
 */
export function corsMiddleware(configured: string[]) {
  const any = configured.includes("*");
  const allowed = new Set([...SANDBOX_ORIGINS, ...configured]);
  const isAllowed = (origin: string | undefined) => origin !== undefined && allowed.has(origin);
  const handler = cors({
    origin: any ? "*" : (origin, callback) => callback(null, isAllowed(origin) ? origin : false),
    credentials: false,
    methods: ["GET", "POST", "OPTIONS"],
    exposedHeaders: [
      "X-RateLimit-Limit",
      "X-RateLimit-Remaining",
      "X-RateLimit-Reset",
      "Retry-After",
      "X-Request-Id",
      "X-Data-Version",
      "ETag",
    ],
    maxAge: 600,
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    const preflight = req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined;
    if (preflight && !any && !isAllowed(origin)) {
      const shown = typeof origin === "string" ? ` "${origin.slice(0, 100)}"` : "";
      sendGraphQLError(
        res,
        403,
        `Cross-origin requests from origin${shown} are not allowed; the allowed origins are Apollo Sandbox's and those in CORS_ORIGINS.`,
        {
          code: ErrorCode.ORIGIN_NOT_ALLOWED,
        },
      );
      return;
    }
    handler(req, res, next);
  };
}
