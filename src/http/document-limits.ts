import type { NextFunction, Request, Response } from "express";
import { GraphQLError, Lexer, Source, TokenKind } from "graphql";
import { OperationLimits } from "../config";
import { ErrorCode } from "../common/errors";
import { limitError } from "./limit-rules";
import { sendGraphQLError } from "./error-response";

/**
 * Rejects oversized documents before Apollo parses them: first by bytes, then by lexical tokens
 * (comments are not tokens, which is why the byte limit exists too). This runs as Express
 * middleware because Apollo turns errors thrown from its early plugin hooks into a 500.
 * Covers POST bodies (single and batched) and GET's `query` parameter.
 */
export function documentLimits(limits: Pick<OperationLimits, "maxDocumentBytes" | "maxTokens">) {
  const tokenCounts = new TokenCountCache();
  return (req: Request, res: Response, next: NextFunction) => {
    const body = (req as { body?: unknown }).body;
    const operations = Array.isArray(body) ? body : [req.method === "GET" ? req.query : body];
    for (const operation of operations) {
      const query = (operation as { query?: unknown } | null | undefined)?.query;
      if (typeof query !== "string") continue;
      const error = checkDocument(query, limits, tokenCounts);
      if (!error) continue;
      const { http, ...extensions } = error.extensions as { http: { status: number }; code: string };
      const accept = req.headers.accept ?? "";
      const contentType = accept.includes("application/graphql-response+json") ? "application/graphql-response+json" : "application/json";
      sendGraphQLError(res, http.status, error.message, extensions, contentType);
      return;
    }
    next();
  };
}

export function checkDocument(
  query: string,
  limits: Pick<OperationLimits, "maxDocumentBytes" | "maxTokens">,
  cache?: TokenCountCache,
): GraphQLError | null {
  const bytes = Buffer.byteLength(query, "utf8");
  if (bytes > limits.maxDocumentBytes) {
    return limitError(ErrorCode.DOCUMENT_TOO_LARGE, "Document size", bytes, limits.maxDocumentBytes, "bytes", { status: 413 });
  }
  const tokens = cache ? cache.count(query) : countTokens(query);
  if (tokens > limits.maxTokens) {
    return limitError(ErrorCode.TOO_MANY_TOKENS, "Token count", tokens, limits.maxTokens, "tokens", { status: 400 });
  }
  return null;
}

/** Lexical tokens as graphql-js's parser counts them; a lexing error stops the count (the parser reports it). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // Syntax errors are the parser's to report, with its location.
  }
  return count;
}

/**
 * Token counts of recently seen documents: clients send the same few query texts over and over
 * (with other variables), and lexing is the costliest part of this middleware. Bounded by the
 * total length of the texts kept (default 1 MB of text); the oldest entries go first.
 */
export class TokenCountCache {
  private readonly counts = new Map<string, number>();
  private chars = 0;

  constructor(private readonly maxChars = 1_000_000) {}

  count(query: string): number {
    const known = this.counts.get(query);
    if (known !== undefined) return known;
    const tokens = countTokens(query);
    if (query.length <= this.maxChars) {
      this.counts.set(query, tokens);
      this.chars += query.length;
      for (const [oldest] of this.counts) {
        if (this.chars <= this.maxChars) break;
        this.counts.delete(oldest);
        this.chars -= oldest.length;
      }
    }
    return tokens;
  }
}
