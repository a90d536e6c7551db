import { ApolloServerPlugin } from "@apollo/server";
import { AppContext } from "../context";

export interface CachePolicyInput {
  method: string;
  anonymous: boolean;
  hasErrors: boolean;
  /** CACHE_MAX_AGE_SECONDS; 0 (the default) lets nothing be cached. */
  maxAgeSeconds: number;
}

/**
 * Only an anonymous, successful GET may be kept by browsers and shared caches, and only when
 * CACHE_MAX_AGE_SECONDS is set: POSTs (mutations among them), answers with errors and keyed requests
 * (a key's holder may see what others may not, once writes exist) are `no-store`.
 */
export function cachePolicy(input: CachePolicyInput): string {
  const cacheable = input.method === "GET" && input.anonymous && !input.hasErrors && input.maxAgeSeconds > 0;
  return cacheable ? `public, max-age=${input.maxAgeSeconds}` : "no-store";
}

/**
 * Stands in for Apollo's default cache-control plugin (turned off in server.ts with
 * ApolloServerPluginCacheControlDisabled), which hooks every field's resolution to compute a policy
 * from cache hints this schema does not declare. Here the policy depends on the request alone
 * (cachePolicy), and a cacheable answer gets its ETag (computed before execution, from the data
 * version read then, by conditionalGet) and the data version in `extensions.dataVersion`.
 */
export function cacheControlPlugin(maxAgeSeconds: number): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ request, response }) {
          const info = contextValue.requestInfo;
          const single = response.body.kind === "single" ? response.body.singleResult : null;
          const hasErrors = !single || (single.errors?.length ?? 0) > 0 || (response.http.status ?? 200) !== 200;
          const method = request.http?.method ?? "POST";
          response.http.headers.set("cache-control", cachePolicy({ method, anonymous: !contextValue.viewer, hasErrors, maxAgeSeconds }));
          if (method === "GET" && !hasErrors && info?.etag) response.http.headers.set("etag", info.etag);
          if (single && info?.dataVersion !== null && info?.dataVersion !== undefined) {
            single.extensions = { ...single.extensions, dataVersion: info.dataVersion };
          }
        },
      };
    },
  };
}
