import cors from "cors";

/** Apollo Sandbox, both on Studio and embedded in our landing page, calls the API from these. */
export const SANDBOX_ORIGINS = ["https://studio.apollographql.com", "https://sandbox.embed.apollographql.com"];

/**
 * CORS for /graphql: Apollo Sandbox plus the configured origins ("*" allows any). No cookies are
 * used (callers identify with the X-API-Key header), so credentials are never allowed; the
 * rate-limit headers are exposed so browser apps can pace themselves.
 */
export function corsMiddleware(configured: string[]) {
  const any = configured.includes("*");
  const allowed = new Set([...SANDBOX_ORIGINS, ...configured]);
  return cors({
    origin: any ? "*" : (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    credentials: false,
    methods: ["GET", "POST", "OPTIONS"],
    exposedHeaders: ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After", "X-Request-Id"],
    maxAge: 600,
  });
}
