/**
 * What the per-request log line reports, filled in as the request goes through Express (from
 * `res.locals.info`) and Apollo's plugins (from the context's `requestInfo`).
 */
export interface RequestInfo {
  requestId: string;
  /** Rate-limit identity: "ip:<address>" (see clientKey), or "key:<name>" once an API key is verified. */
  client: string;
  /** The verified API key's name (never the key), or null for an anonymous caller. */
  keyName: string | null;
  /** The data version read for this request (X-Data-Version), null when the database could not be read. */
  dataVersion: number | null;
  /** The ETag of a GET request's answer (set when the request is cacheable), else null. */
  etag: string | null;
  operationName: string | null;
  /** Estimated cost of the operation; null when it was rejected before it was estimated. */
  cost: number | null;
  /** True once the operation's cost was charged to the client's rate-limit budget. */
  charged: boolean;
  errorCodes: string[];
}
