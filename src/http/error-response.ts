import type { Response } from "express";
import { RequestInfo } from "./request-info";

/**
 * Answers from Express, before Apollo, in GraphQL's error shape (`{ errors: [{ message, extensions }] }`)
 * and notes the error code for the request's log line: for refusals that must not reach the parser.
 */
export function sendGraphQLError(
  res: Response,
  status: number,
  message: string,
  extensions: { code: string } & Record<string, unknown>,
  contentType = "application/json",
): void {
  (res.locals.info as RequestInfo | undefined)?.errorCodes.push(extensions.code);
  res
    .status(status)
    .type(contentType)
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}
