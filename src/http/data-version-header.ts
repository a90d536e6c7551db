import type { NextFunction, Request, Response } from "express";
import { DataVersionCache } from "../db/data-version";
import { Viewer } from "../auth/viewer";
import { cachePolicy } from "./cache-control";
import { etagFor, ifNoneMatchHits } from "./etag";
import { RequestInfo } from "./request-info";

/**
 * Reads the data version (cached for a second, see DataVersionCache) and reports it in
 * `X-Data-Version` on every /graphql response, refusals included, so a client always knows which
 * state of the graph it was answered from. When the database cannot be read the header is left out
 * and the request goes on (it will meet the outage itself).
 */
export function dataVersionHeader(versions: DataVersionCache) {
  return async (_req: Request, res: Response, next: NextFunction) => {
    const version = await versions.current();
    (res.locals.info as RequestInfo).dataVersion = version;
    if (version !== null) res.setHeader("x-data-version", String(version));
    next();
  };
}

/**
 * Conditional GET: a GET query's ETag comes from the data version and the request (etagFor), and an
 * `If-None-Match` naming it is answered 304 before any Cypher runs. The data version is the one read
 * before execution, so an answer never carries a tag newer than its data (a change that lands during
 * execution only costs the client one more 200 next time).
 */
export function conditionalGet(maxAgeSeconds: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const info = res.locals.info as RequestInfo;
    if (req.method !== "GET" || info.dataVersion === null) return next();
    const viewer = res.locals.viewer as Viewer | null;
    const { query, variables, operationName, extensions } = req.query;
    info.etag = etagFor({ dataVersion: info.dataVersion, query, variables, operationName, extensions, role: viewer?.role ?? "anonymous" });
    // Shared caches must not hand an anonymous answer to a keyed caller or the other way round.
    res.vary("Authorization");
    if (!ifNoneMatchHits(req.headers["if-none-match"], info.etag)) return next();
    res.setHeader("etag", info.etag);
    res.setHeader("cache-control", cachePolicy({ method: "GET", anonymous: !viewer, hasErrors: false, maxAgeSeconds }));
    res.status(304).end();
  };
}
