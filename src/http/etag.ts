import { createHash } from "node:crypto";

/** What a GET request's answer depends on: the data, the operation as sent, and who asks. */
export interface EtagInput {
  dataVersion: number;
  query: unknown;
  variables: unknown;
  operationName: unknown;
  /** GET's `extensions` parameter: an automatic persisted query's hash stands in for the query text. */
  extensions: unknown;
  /** "anonymous" or the key's role. */
  role: string;
}

/**
 * A weak ETag `W/"<dataVersion>-<digest>"`: the same operation (text, variables, operation name,
 * persisted-query hash) asked by the same kind of caller at the same data version gets the same tag,
 * and any committed change moves the version and so every tag. Weak because the body's bytes are not
 * hashed (a 304 promises the same data, not the same serialization).
 */
export function etagFor(input: EtagInput): string {
  const digest = createHash("sha256")
    .update(JSON.stringify([input.query, input.variables, input.operationName, input.extensions, input.role]))
    .digest("base64url")
    .slice(0, 27);
  return `W/"${input.dataVersion}-${digest}"`;
}

/** True when an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for GET) or is `*`. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === wanted);
}
