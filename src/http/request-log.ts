import { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { randomUUID } from "node:crypto";
import { ErrorCode } from "../common/errors";
import { Logger } from "../common/logger";
import { newQueryStats } from "../db/query-stats";
import { AppContext } from "../context";
import { clientKey } from "./rate-limiter";
import { RefusalLog } from "./refusal-log";
import { RequestInfo } from "./request-info";

/**
 * Starts the per-request bookkeeping (Cypher counters, log fields, a request id echoed in
 * X-Request-Id) and writes one JSON log line when the response is finished, whatever ended it.
 * Refused requests (a 4xx, or an answer with BAD_USER_INPUT) go through `refusals`: only a
 * client's first per interval gets its own line.
 */
export function requestTracking(logger: Logger, refusals: RefusalLog) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const stats = newQueryStats();
    const given = req.headers["x-request-id"];
    const info: RequestInfo = {
      requestId: typeof given === "string" && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID(),
      client: clientKey(req),
      keyName: null,
      dataVersion: null,
      etag: null,
      operationName: null,
      cost: null,
      charged: false,
      errorCodes: [],
    };
    res.locals.stats = stats;
    res.locals.info = info;
    res.locals.requestId = info.requestId;
    res.setHeader("x-request-id", info.requestId);
    res.on("finish", () => {
      if (isRefusal(res.statusCode, info.errorCodes) && !refusals.note(info.client, info.errorCodes)) return;
      logger.info("request", {
        requestId: info.requestId,
        method: req.method,
        status: res.statusCode,
        operationName: info.operationName,
        keyName: info.keyName,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        cost: info.cost,
        cypherQueries: stats.cypherQueries,
        errorCodes: info.errorCodes,
      });
    });
    noteErrorCodesSent(res, info);
    next();
  };
}

/**
 * The error codes of an answer no operation plugin saw: Apollo refuses some requests (a GET whose
 * variables are not JSON) before its request pipeline starts, formatting the errors without a
 * context. Such a body is small; an operation's codes are noted by operationReportPlugin instead.
 */
function noteErrorCodesSent(res: Response, info: RequestInfo) {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (info.errorCodes.length === 0 && res.statusCode >= 400 && typeof body === "string") info.errorCodes = errorCodesOf(body);
    return send(body);
  };
}

function errorCodesOf(body: string): string[] {
  try {
    return ((JSON.parse(body) as { errors?: AnswerError[] }).errors ?? []).map(codeOfError);
  } catch {
    return [];
  }
}

type AnswerError = { extensions?: { code?: unknown } };

/** An answer's error as the log names it: its code, or INTERNAL_SERVER_ERROR when it carries none. */
const codeOfError = (error: AnswerError) => (typeof error.extensions?.code === "string" ? error.extensions.code : "INTERNAL_SERVER_ERROR");

function isRefusal(status: number, errorCodes: string[]): boolean {
  return (status >= 400 && status < 500) || errorCodes.includes(ErrorCode.BAD_USER_INPUT);
}

/** Notes the operation name and the answer's error codes for the log, and reports the Cypher round trips in `extensions`. */
export function operationReportPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didResolveOperation({ operationName }) {
          if (contextValue.requestInfo) contextValue.requestInfo.operationName = operationName ?? null;
        },
        async willSendResponse({ response }) {
          if (response.body.kind === "single") {
            const { errors } = response.body.singleResult;
            if (contextValue.requestInfo && errors?.length) {
              // Pushed: the operations of a batched request share the request's log line.
              contextValue.requestInfo.errorCodes.push(...errors.map(codeOfError));
            }
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cypherQueries: contextValue.stats.cypherQueries,
            };
          }
        },
      };
    },
  };
}
