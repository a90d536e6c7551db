import { ApolloServerPlugin } from "@apollo/server";

const CACHEABLE = /^max-age=(\d+), (public|private)$/;

/**
 * Stands in for Apollo's default cache-control plugin (turned off in server.ts with
 * ApolloServerPluginCacheControlDisabled). This schema declares no cache hints, so that plugin
 * always ended with `Cache-Control: no-store`, yet it hooked every field's resolution to compute
 * the policy, a cost paid on every field of every response. Same header, without the per-field hooks:
 * a header already set is kept only when it is not one Apollo would parse (as Apollo does).
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const existing = response.http.headers.get("cache-control");
          if (existing && existing !== "no-store" && !CACHEABLE.test(existing)) return;
          response.http.headers.set("cache-control", "no-store");
        },
      };
    },
  };
}
