import "reflect-metadata";
import { GraphQLError, GraphQLFormattedError } from "graphql";
import { BadUserInputError, ErrorCode, NotFoundError } from "../../src/common/errors";
import { formatError } from "../../src/common/format-error";
import { Logger } from "../../src/common/logger";

/** A logger that keeps what it is given, to check what reaches the log and not the client. */
function recordingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { logger: new Logger("debug", (line) => lines.push(JSON.parse(line) as Record<string, unknown>)), lines };
}

/** What Apollo hands formatError for an error thrown by a resolver at `path`. */
function thrownAt(error: Error, path: (string | number)[] = ["entity"]): [GraphQLFormattedError, unknown] {
  const located = new GraphQLError(error.message, { path, originalError: error });
  const code = error instanceof GraphQLError ? error.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  const formatted = {
    ...located.toJSON(),
    extensions: { ...(error instanceof GraphQLError ? error.extensions : {}), code, stacktrace: ["at x"] },
  };
  return [formatted, located];
}

describe("formatError", () => {
  it("passes an API error through with its code and fields, without the stack trace", () => {
    const { logger, lines } = recordingLogger();
    const result = formatError(...thrownAt(new BadUserInputError("first", "must be between 1 and 100; got 0.")), logger);
    expect(result).toEqual({
      message: 'Argument "first" must be between 1 and 100; got 0.',
      path: ["entity"],
      extensions: { code: "BAD_USER_INPUT", argument: "first" },
    });
    expect(lines).toEqual([]);
  });

  it("keeps NOT_FOUND's id", () => {
    const result = formatError(...thrownAt(new NotFoundError("entity", "abc")), recordingLogger().logger);
    expect(result.extensions).toEqual({ code: "NOT_FOUND", id: "abc" });
  });

  it("passes graphql-js validation errors through under their public code", () => {
    const formatted: GraphQLFormattedError = {
      message: 'Cannot query field "nope" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["at validate"] },
    };
    const result = formatError(formatted, new GraphQLError(formatted.message), recordingLogger().logger);
    expect(result).toEqual({
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });

  it("unwraps a limit rule's own code from Apollo's validation wrapper and drops its http extension", () => {
    const inner = new GraphQLError("Query is 12 levels deep; the limit is 10.", {
      extensions: { code: ErrorCode.QUERY_TOO_DEEP, limit: 10, http: { status: 400 } },
    });
    const wrapper = new GraphQLError(inner.message, { originalError: inner, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    const result = formatError(
      { message: inner.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
      wrapper,
      recordingLogger().logger,
    );
    expect(result.extensions).toEqual({ code: "QUERY_TOO_DEEP", limit: 10 });
  });

  it("masks anything else behind a correlation id that the log holds with the real detail", () => {
    const { logger, lines } = recordingLogger();
    const secret = new Error("Neo.ClientError.Statement.SyntaxError at bolt://10.0.0.5:7687 password=hunter2");
    const result = formatError(...thrownAt(secret, ["entity", "investors"]), logger);

    expect(result.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    const correlationId = result.extensions?.correlationId as string;
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.message).toBe(`Internal server error (correlation id ${correlationId}).`);
    expect(result.path).toEqual(["entity", "investors"]);
    expect(JSON.stringify(result)).not.toMatch(/hunter2|bolt:|stacktrace|SyntaxError/);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", correlationId, path: ["entity", "investors"], detail: secret.message });
    expect(String(lines[0].stack)).toContain("format-error.test.ts");
  });

  it("gives every masked error its own correlation id", () => {
    const { logger } = recordingLogger();
    const first = formatError(...thrownAt(new Error("a")), logger);
    const second = formatError(...thrownAt(new Error("a")), logger);
    expect(first.extensions?.correlationId).not.toBe(second.extensions?.correlationId);
  });

  it("masks an error that claims INTERNAL_SERVER_ERROR itself", () => {
    const formatted: GraphQLFormattedError = { message: "boom: internal detail", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    const result = formatError(formatted, new GraphQLError("boom: internal detail"), recordingLogger().logger);
    expect(result.message).not.toContain("internal detail");
    expect(result.extensions?.correlationId).toBeDefined();
  });

  it("names each invalid argument of a TypeGraphQL argument validation error", () => {
    class ArgumentValidationError extends Error {
      validationErrors = [
        { property: "first", constraints: { max: "first must not be greater than 100" } },
        { property: "name", constraints: { length: "name must be shorter than or equal to 200 characters" } },
      ];
    }
    const [formatted, error] = thrownAt(new ArgumentValidationError("Argument Validation Error"));
    const result = formatError(formatted, error, recordingLogger().logger);
    expect(result).toEqual({
      message: "Invalid arguments: first must not be greater than 100; name must be shorter than or equal to 200 characters.",
      path: ["entity"],
      extensions: {
        code: "BAD_USER_INPUT",
        arguments: [
          { argument: "first", problem: "first must not be greater than 100" },
          { argument: "name", problem: "name must be shorter than or equal to 200 characters" },
        ],
      },
    });
  });
});
