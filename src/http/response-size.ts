import { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { ApiError, ErrorCode } from "../common/errors";
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
          return send(
            JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, limit: maxBytes, actual: bytes } }] }),
          );
        }
      }
      return send(body);
    };
    next();
  };
}

/**
 * The same limit before the answer is serialized: the result's field names (each plus 4 for its
 * quotes, colon and comma) and text lengths are a lower bound of its JSON; over the limit, the answer
 * is the RESPONSE_TOO_LARGE error alone, with the operation's extensions. This spares the server the
 * serialization and garbage of a response it would refuse (fifteen aliases of a hundred source texts:
 * 20 MB). It walks the finished result once, instead of a hook on every resolved field (Apollo wraps
 * every resolver of the schema as soon as one plugin asks for `willResolveField`).
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, extensions } = response.body.singleResult;
          if (!jsonSurelyLongerThan(data, maxBytes)) return;
          const error = new ApiError(
            ErrorCode.RESPONSE_TOO_LARGE,
            `Response size exceeds the limit (more than ${maxBytes} bytes); ask for fewer items or fields.`,
            { limit: maxBytes, actual: null },
          );
          response.body.singleResult = { errors: [{ message: error.message, extensions: error.extensions }], extensions };
          response.http.status = 400;
        },
      };
    },
  };
}

/** True when `value`'s JSON is longer than `limit`, by a lower bound of its length that stops counting once over. */
export function jsonSurelyLongerThan(value: unknown, limit: number): boolean {
  let length = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") length += item.length + 2;
    else if (Array.isArray(item)) {
      length += item.length + 1;
      for (const element of item) pending.push(element);
    } else if (item !== null && typeof item === "object") {
      for (const key in item) {
        length += key.length + 4;
        pending.push((item as Record<string, unknown>)[key]);
      }
    } else length += 1;
    if (length > limit) return true;
  }
  return false;
}
