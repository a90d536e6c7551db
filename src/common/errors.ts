import { GraphQLError } from "graphql";

/**
 * Stable error codes in `extensions.code`. Clients branch on these, so they never change meaning;
 * the README's "Limits and errors" section documents each one.
 */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  QUERY_TIMEOUT = "QUERY_TIMEOUT",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  QUERY_TOO_DEEP = "QUERY_TOO_DEEP",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  TOO_MANY_ALIASES = "TOO_MANY_ALIASES",
  TOO_MANY_DIRECTIVES = "TOO_MANY_DIRECTIVES",
  TOO_MANY_TOKENS = "TOO_MANY_TOKENS",
  DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE",
  RATE_LIMITED = "RATE_LIMITED",
  /** More requests in flight from one client than MAX_CONCURRENT_PER_CLIENT. */
  TOO_MANY_CONCURRENT_REQUESTS = "TOO_MANY_CONCURRENT_REQUESTS",
  /** The result, serialized, is larger than MAX_RESPONSE_BYTES. */
  RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE",
  /** A CORS preflight from an origin that is not allowed. */
  ORIGIN_NOT_ALLOWED = "ORIGIN_NOT_ALLOWED",
  /** An automatic persisted query whose hash or version is wrong. */
  PERSISTED_QUERY_INVALID = "PERSISTED_QUERY_INVALID",
  /** The HTTP request itself is malformed (body not JSON, wrong content type, missing query). */
  BAD_REQUEST = "BAD_REQUEST",
  /** An API key that is unknown or revoked (HTTP 401). */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** The caller's key (or lack of one) does not grant the operation. */
  FORBIDDEN = "FORBIDDEN",
  /** An update's `expectedVersion` is not the current version: someone else changed it first. */
  CONFLICT = "CONFLICT",
  /** A citation's quote is not verbatim in the source's stored text. */
  QUOTE_NOT_IN_SOURCE = "QUOTE_NOT_IN_SOURCE",
  /** More open `changes` subscriptions for one key (or anonymous address) than MAX_SUBSCRIPTIONS_PER_KEY. */
  TOO_MANY_SUBSCRIPTIONS = "TOO_MANY_SUBSCRIPTIONS",
  /** A subscriber left over 1024 pushed changes untaken; it was ended and may resume from its last seq. */
  SUBSCRIBER_TOO_SLOW = "SUBSCRIBER_TOO_SLOW",
}

/** Base class of every error a client is meant to read: message and code are public. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** A bad argument or input field; `argument` names it (dotted path for nested input fields). */
export class BadUserInputError extends ApiError {
  constructor(argument: string, problem: string) {
    super(ErrorCode.BAD_USER_INPUT, `Argument "${argument}" ${problem}`, { argument });
  }
}

export class NotFoundError extends ApiError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `No ${what} with id "${id}".`, { id });
  }
}

export class ServiceUnavailableError extends ApiError {
  constructor(detail = "The graph database is unreachable; try again shortly.") {
    super(ErrorCode.SERVICE_UNAVAILABLE, detail);
  }
}

export class QueryTimeoutError extends ApiError {
  constructor(timeoutMs: number) {
    super(ErrorCode.QUERY_TIMEOUT, `The database query took longer than ${timeoutMs} ms and was stopped; narrow the request.`, {
      timeoutMs,
    });
  }
}
