import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../common/errors";
import { RequestInfo } from "./request-info";

/**
 * Replaces a GraphQL response body larger than `maxBytes` by a RESPONSE_TOO_LARGE error before it
 * is written: a reply is held in memory until the client has read it, so its size is what one
 * request can pin. Apollo hands Express one string per (non-incremental) response, through `send`.
 */
export function responseSizeLimit(maxBytes: number) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === "string" && body.length * 3 > maxBytes) {
        const bytes = Buffer.byteLength(body, "utf8");
        if (bytes > maxBytes) {
          (res.locals.info as RequestInfo | undefined)?.errorCodes.push(ErrorCode.RESPONSE_TOO_LARGE);
          res.status(400);
          res.removeHeader("content-length");
          const message = `Response size exceeds the limit (${bytes} bytes, ${bytes - maxBytes} over the limit of ${maxBytes}); ask for fewer items or fields.`;
          return send(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, limit: maxBytes, actual: bytes } }] }));
        }
      }
      return send(body);
    };
    next();
  };
}
