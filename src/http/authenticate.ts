import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../common/errors";
import { KeyVerifier } from "../auth/key-verifier";
import { Viewer } from "../auth/viewer";
import { sendGraphQLError } from "./error-response";
import { CostRateLimiter } from "./rate-limiter";
import { RequestInfo } from "./request-info";

export interface AuthenticationSettings {
  verifier: KeyVerifier;
  /** Refuse callers without a key (REQUIRE_API_KEY). Default false: reads are open to anyone. */
  requireApiKey: boolean;
  /** Charged 1 point of the caller's address for each refused key, as for any other refusal. */
  limiter: CostRateLimiter | null;
}

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * Verifies `Authorization: Bearer <key>` before anything reads the body: an unknown, revoked or
 * malformed key (or none, under REQUIRE_API_KEY) gets 401 UNAUTHENTICATED and never reaches GraphQL.
 * A verified key becomes the request's viewer (`res.locals.viewer`, then AppContext.viewer) and its
 * rate-limit identity (`key:<name>`), so its budget follows the key wherever it calls from. The key
 * itself is never logged or kept (the verifier caches by its hash).
 */
export function authenticate(settings: AuthenticationSettings) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const info = res.locals.info as RequestInfo;
    res.locals.viewer = null;
    const header = req.headers.authorization;
    if (header === undefined) {
      if (!settings.requireApiKey) return next();
      return refuse(res, info, settings, "This API requires an API key: send `Authorization: Bearer <key>`.");
    }
    const presented = BEARER.exec(header)?.[1];
    if (!presented) return refuse(res, info, settings, "The Authorization header must be `Bearer <key>`.");
    let viewer: Viewer | null;
    try {
      viewer = await settings.verifier.verify(presented);
    } catch {
      // The key store is unreachable: the same answer as any operation during an outage.
      sendGraphQLError(res, 503, "The API key could not be checked: the graph database is unreachable; try again shortly.", {
        code: ErrorCode.SERVICE_UNAVAILABLE,
      });
      return;
    }
    if (!viewer) return refuse(res, info, settings, "The API key is unknown or revoked.");
    res.locals.viewer = viewer;
    info.client = `key:${viewer.keyName}`;
    info.keyName = viewer.keyName;
    next();
  };
}

function refuse(res: Response, info: RequestInfo, settings: AuthenticationSettings, message: string): void {
  if (settings.limiter) void settings.limiter.consume(info.client, 1);
  res.setHeader("www-authenticate", 'Bearer realm="graphql"');
  sendGraphQLError(res, 401, message, { code: ErrorCode.UNAUTHENTICATED });
}
