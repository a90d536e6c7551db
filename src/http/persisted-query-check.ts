import type { NextFunction, Request, Response } from "express";
import { createHash } from "node:crypto";
import { ErrorCode } from "../common/errors";
import { sendGraphQLError } from "./error-response";

/**
 * Automatic persisted queries (Apollo's APQ, version 1: `extensions.persistedQuery.sha256Hash`)
 * checked before Apollo, which answers a wrong hash or an unknown version with a 400 that has no
 * code (shown as INTERNAL_SERVER_ERROR). Here: 400 PERSISTED_QUERY_INVALID saying what is wrong.
 * A hash alone (no query) is left to Apollo: PERSISTED_QUERY_NOT_FOUND is the protocol's answer.
 */
export function persistedQueryCheck() {
  return (req: Request, res: Response, next: NextFunction) => {
    const operations = Array.isArray(req.body) ? req.body : [req.method === "GET" ? req.query : req.body];
    for (const operation of operations) {
      const problem = persistedQueryProblem(operation);
      if (problem) {
        sendGraphQLError(res, 400, problem, { code: ErrorCode.PERSISTED_QUERY_INVALID });
        return;
      }
    }
    next();
  };
}

function persistedQueryProblem(operation: unknown): string | null {
  if (typeof operation !== "object" || operation === null) return null;
  let extensions = (operation as { extensions?: unknown }).extensions;
  if (typeof extensions === "string") {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return null; // Apollo reports unparseable GET extensions itself.
    }
  }
  const persisted = (extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery;
  if (persisted === undefined) return null;
  if (typeof persisted !== "object" || persisted === null) return "extensions.persistedQuery must be an object { version: 1, sha256Hash }.";
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1)
    return `extensions.persistedQuery.version ${JSON.stringify(version)?.slice(0, 20)} is not supported; only version 1 is.`;
  if (typeof sha256Hash !== "string" || !/^[0-9a-f]{64}$/.test(sha256Hash))
    return "extensions.persistedQuery.sha256Hash must be the 64 lower-case hex digits of the query's SHA-256.";
  const query = (operation as { query?: unknown }).query;
  if (typeof query === "string" && createHash("sha256").update(query).digest("hex") !== sha256Hash) {
    return "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.";
  }
  return null;
}
