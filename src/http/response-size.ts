import { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { ApiError, ErrorCode } from "../common/errors";
import { currentRequestInfo, RequestInfo } from "./request-info";

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
 * The same limit while the operation executes: every resolved field adds its name and, for text,
 * its length (a lower bound of its JSON); over the limit, the answer is the RESPONSE_TOO_LARGE error
 * alone. This spares the server the serialization and garbage of a response it would refuse
 * (fifteen aliases of a hundred source texts: 20 MB). The remaining fields still resolve: most
 * return values already in memory, and an error per field (thousands) would cost more; the cost
 * limit bounds the database work either way.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let bytes = 0;
      let over = false;
      const tooLarge = () =>
        new ApiError(
          ErrorCode.RESPONSE_TOO_LARGE,
          `Response size exceeds the limit (more than ${maxBytes} bytes); ask for fewer items or fields.`,
          { limit: maxBytes, actual: null },
        );
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (over) return;
              return (_error, result) => {
                bytes += info.fieldName.length + 4 + (typeof result === "string" ? result.length : 0);
                if (bytes > maxBytes) over = true;
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (!over || response.body.kind !== "single") return;
          const info = currentRequestInfo();
          if (info) info.errorCodes = [ErrorCode.RESPONSE_TOO_LARGE];
          const error = tooLarge();
          const { extensions } = response.body.singleResult;
          response.body.singleResult = { errors: [{ message: error.message, extensions: error.extensions }], extensions };
          response.http.status = 400;
        },
      };
    },
  };
}
