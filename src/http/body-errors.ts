import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../common/errors";
import { Logger } from "../common/logger";
import { sendGraphQLError } from "./error-response";
import { RequestInfo } from "./request-info";

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  length?: number;
}

/**
 * Express's JSON parser fails before Apollo sees the request; answer those failures in GraphQL's
 * error shape (never Express's HTML page with a stack trace).
 */
export function bodyErrorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const e = error as BodyParserError;
    const info = res.locals.info as RequestInfo | undefined;
    let status = 400;
    let code: string = ErrorCode.BAD_REQUEST;
    let message: string;
    if (e?.type === "entity.too.large") {
      status = 413;
      code = ErrorCode.DOCUMENT_TOO_LARGE;
      // A compressed body's size is only known once inflated, so the message may only state the limit.
      message =
        typeof e.length === "number"
          ? `Request body exceeds the limit (${e.length} bytes, ${e.length - (e.limit ?? 0)} over the limit of ${e.limit} bytes).`
          : `Request body exceeds the limit of ${e.limit} bytes (counted after decompression).`;
    } else if (e?.type === "entity.parse.failed") {
      message = "Request body is not valid JSON.";
    } else if (e?.type === "encoding.unsupported" || e?.type === "charset.unsupported") {
      status = 415;
      message = "Request body encoding or charset is not supported; send UTF-8 JSON.";
    } else if (typeof e?.status === "number" && e.status >= 400 && e.status < 500) {
      status = e.status;
      message = "The request body could not be read.";
    } else {
      status = 500;
      code = ErrorCode.INTERNAL_SERVER_ERROR;
      message = `Internal server error (correlation id ${info?.requestId ?? "none"}).`;
      logger.error("request body failure", { requestId: info?.requestId, detail: String((error as Error)?.message ?? error) });
    }
    sendGraphQLError(res, status, message, { code, ...(status === 413 && typeof e.limit === "number" ? { limit: e.limit } : {}) });
  };
}
