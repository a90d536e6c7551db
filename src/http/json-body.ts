import express, { type NextFunction, type Request, type Response } from "express";

/** Bodies of anonymous requests: queries and their variables, which never need more. */
export const ANONYMOUS_BODY_LIMIT = "100kb";
/**
 * Bodies of requests with a verified key: a mutation may carry a source's full text (200,000
 * characters, an input of 250,000: up to about 1.5 MB of JSON when every character is escaped).
 */
export const KEYED_BODY_LIMIT = "2mb";

/**
 * Parses JSON bodies, refusing those over the caller's limit with 413 before parsing. Runs after
 * `authenticate`, so only a verified key gets the larger limit; anything else keeps the small one.
 */
export function jsonBody() {
  const small = express.json({ limit: ANONYMOUS_BODY_LIMIT });
  const large = express.json({ limit: KEYED_BODY_LIMIT });
  return (req: Request, res: Response, next: NextFunction) => (res.locals.viewer ? large : small)(req, res, next);
}
