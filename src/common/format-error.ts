import { GraphQLError, GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { randomUUID } from "node:crypto";
import { ApiError, ErrorCode } from "./errors";
import { Logger } from "./logger";

const OWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Codes Apollo Server and graphql-js assign that are safe to show as they are. */
const PUBLIC_CODES = new Set<string>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  ...Object.values(ErrorCode),
]);

export interface FormatErrorOptions {
  /** Hide schema hints ("Did you mean ...?") from every message, variable coercion errors included. */
  production: boolean;
}

/**
 * Keeps errors a client can act on (our ApiErrors, GraphQL syntax and validation errors) and masks
 * everything else behind a generic message and a correlation id; the detail goes to the log only.
 * What a client sent is echoed at most ECHO_LIMIT characters long, so a 5 KB id gives a short error.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  options: FormatErrorOptions = { production: false },
): GraphQLFormattedError {
  const shown = classify(formatted, error, logger);
  let message = truncateEchoes(shown.message);
  if (options.production) message = withoutSchemaHints(message);
  return { ...shown, message, ...(shown.extensions ? { extensions: truncateValues(shown.extensions) } : {}) };
}

/** Characters of a client's value kept when an error message or extension echoes it. */
export const ECHO_LIMIT = 100;

/** Quoted strings longer than ECHO_LIMIT in a message, cut to ECHO_LIMIT characters and "...". */
export function truncateEchoes(message: string): string {
  if (message.length <= ECHO_LIMIT) return message;
  return message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) =>
    inner.length > ECHO_LIMIT ? `"${inner.slice(0, ECHO_LIMIT)}..." (${inner.length} characters)` : whole,
  );
}

/** graphql-js's suggestions name types, fields and enum values: production hides them. */
export function withoutSchemaHints(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, "");
}

function truncateValues(extensions: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(extensions).map(([key, value]) => [
      key,
      typeof value === "string" && value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}...` : value,
    ]),
  );
}

function classify(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  // Apollo wraps validation errors and gives them its own code; limit rules carry ours inside.
  const inner = error instanceof GraphQLError && error.originalError instanceof GraphQLError ? error.originalError : undefined;
  const innerCode = inner?.extensions?.code;
  if (typeof innerCode === "string" && OWN_CODES.has(innerCode)) {
    const { http: _http, ...innerExtensions } = inner!.extensions;
    void _http;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...innerExtensions, code: innerCode },
    };
  }
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;
  if (original instanceof ApiError || (code && PUBLIC_CODES.has(code) && code !== (ErrorCode.INTERNAL_SERVER_ERROR as string))) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    void _stacktrace;
    return { ...formatted, extensions };
  }
  // Argument validation by TypeGraphQL (class-validator): name each invalid argument.
  const validation = argumentValidation(original);
  if (validation)
    return {
      message: validation.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...validation.extensions },
    };

  const correlationId = randomUUID();
  logger.error("internal error", {
    correlationId,
    path: formatted.path,
    detail: original instanceof Error ? original.message : String(original),
    stack: original instanceof Error ? original.stack : undefined,
  });
  return {
    message: `Internal server error (correlation id ${correlationId}).`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
  };
}

interface ValidationErrorShape {
  constructor: { name: string };
  validationErrors?: { property: string; constraints?: Record<string, string>; children?: unknown[] }[];
}

function argumentValidation(error: unknown): { message: string; extensions: Record<string, unknown> } | null {
  const e = error as ValidationErrorShape | null;
  if (!e || e.constructor?.name !== "ArgumentValidationError" || !Array.isArray(e.validationErrors)) return null;
  const problems = e.validationErrors.flatMap((v) => Object.values(v.constraints ?? {}).map((m) => ({ argument: v.property, problem: m })));
  return {
    message: `Invalid arguments: ${problems.map((p) => p.problem).join("; ")}.`,
    extensions: { arguments: problems },
  };
}
