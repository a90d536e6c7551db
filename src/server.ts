import { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLSchema } from "graphql";
import * as http from "node:http";
import proxyAddr from "proxy-addr";
import { AppContext, requestReads } from "./context";
import { CacheSettings, HttpSettings, OperationLimits, RateLimitSettings, SubscriptionSettings } from "./config";
import { ErrorCode } from "./common/errors";
import { Logger } from "./common/logger";
import { formatError } from "./common/format-error";
import { GraphDatabase } from "./db/graph-database";
import { QueryStats } from "./db/query-stats";
import { exampleOperations } from "./examples";
import { explorerRouter } from "./explorer/explorer.router";
import { bodyErrorHandler } from "./http/body-errors";
import { cacheControlPlugin } from "./http/cache-control";
import { authenticate } from "./http/authenticate";
import { conditionalGet, dataVersionHeader } from "./http/data-version-header";
import { ApiKeyRepository } from "./auth/api-key.repository";
import { KeyVerifier } from "./auth/key-verifier";
import { Viewer } from "./auth/viewer";
import { DataVersionCache } from "./db/data-version";
import { clientConcurrency } from "./http/client-concurrency";
import { corsMiddleware } from "./http/cors";
import { costPlugin } from "./http/cost-plugin";
import { documentLimits } from "./http/document-limits";
import { jsonBody } from "./http/json-body";
import { sendGraphQLError } from "./http/error-response";
import { limitRules } from "./http/limit-rules";
import { httpOperationsOnly, knownOperationTypeRule } from "./http/operation-type-rule";
import { rateLimitGate } from "./http/rate-limit-gate";
import { CostRateLimiter } from "./http/rate-limiter";
import { persistedQueryCheck } from "./http/persisted-query-check";
import { RefusalLog } from "./http/refusal-log";
import { operationReportPlugin, requestTracking } from "./http/request-log";
import { responseSizeLimit, responseSizePlugin } from "./http/response-size";
import { RequestInfo } from "./http/request-info";
import { ChangePoller } from "./subscriptions/change-poller";
import { drainSubscriptions, nudgeAfterMutations, startSubscriptionServer } from "./subscriptions/subscription-server";

export interface ServerOptions {
  schema: GraphQLSchema;
  db: GraphDatabase;
  logger: Logger;
  production: boolean;
  /** True once constraints and indexes are applied; /ready waits for it. */
  isSchemaApplied: () => boolean;
  limits: OperationLimits;
  /** Null turns rate limiting off. */
  rateLimit: RateLimitSettings | null;
  allowBatchedRequests: boolean;
  corsOrigins: string[];
  /** How long the drain waits for in-flight requests before closing their connections. */
  shutdownGraceMs: number;
  http: HttpSettings;
  caching: CacheSettings;
  /** Refuse requests without an API key (REQUIRE_API_KEY). */
  requireApiKey: boolean;
  subscriptions: SubscriptionSettings;
  /** How long an idempotency key replays its first result (IDEMPOTENCY_TTL_HOURS), in ms. */
  idempotencyTtlMs: number;
}

export interface HttpApp {
  httpServer: http.Server;
  apollo: ApolloServer<AppContext>;
}

/**
 * The HTTP stack: /health and /ready for orchestrators, /graphql for Apollo Server (with Apollo
 * Sandbox as its landing page, the example operations preloaded), guarded by the operation limits,
 * the cost-based rate limiter and CORS.
 */
export async function createHttpApp(options: ServerOptions): Promise<HttpApp> {
  const { schema, db, logger, production, limits } = options;
  const app = express();
  app.disable("x-powered-by");
  // Express would tag every body with a hash of its bytes (POSTs and errors included) and answer 304
  // itself after running the operation; /graphql's ETags come from the data version instead (conditionalGet).
  app.set("etag", false);
  app.set("trust proxy", options.http.trustProxy);
  const httpServer = createHttpServer(app, options.http);
  const refusals = new RefusalLog(logger, options.http.refusalLogIntervalSeconds * 1000);
  httpServer.on("close", () => refusals.stop());

  const limiter = options.rateLimit ? new CostRateLimiter(options.rateLimit) : null;
  const verifier = new KeyVerifier(new ApiKeyRepository(db));
  const versions = new DataVersionCache(db, options.caching.dataVersionTtlMs);
  const poller = new ChangePoller(db, logger, {
    intervalMs: options.subscriptions.pollMs,
    maxPerClient: options.subscriptions.maxPerKey,
  });
  const subscriptions = startSubscriptionServer({
    httpServer,
    path: "/graphql",
    schema,
    db,
    logger,
    production,
    limits,
    poller,
    // The client's address as Express names it for HTTP (TRUST_PROXY), for anonymous budgets.
    auth: {
      verifier,
      requireApiKey: options.requireApiKey,
      limiter,
      addressOf: (req) => proxyAddr(req, app.get("trust proxy fn") as (addr: string, i: number) => boolean),
    },
  });
  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: options.allowBatchedRequests,
    validationRules: [knownOperationTypeRule, ...limitRules(limits)],
    // documentLimits() counts tokens before Apollo sees the request; this is the parser's backstop.
    parseOptions: { maxTokens: limits.maxTokens + 1 },
    // main.ts owns SIGTERM/SIGINT: it stops the HTTP server, then the driver, then the local Neo4j.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, logger, { production }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownGraceMs }),
      drainSubscriptions(subscriptions),
      httpOperationsOnly(),
      nudgeAfterMutations(poller),
      landingPage(),
      ApolloServerPluginCacheControlDisabled(),
      cacheControlPlugin(options.caching.maxAgeSeconds),
      costPlugin({ maxCost: limits.maxCost, limiter }),
      responseSizePlugin(limits.maxResponseBytes),
      // Last: it notes the error codes of the answer the plugins above leave (responseSizePlugin may replace it).
      operationReportPlugin(),
    ],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get("/ready", async (_req, res) => {
    const database = await db.ping();
    const schemaApplied = options.isSchemaApplied();
    const ready = database && schemaApplied;
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", database: database ? "up" : "down", schemaApplied });
  });

  app.use("/explore", explorerRouter());

  app.use(
    "/graphql",
    requestTracking(logger, refusals),
    corsMiddleware(options.corsOrigins),
    dataVersionHeader(versions),
    authenticate({ verifier, requireApiKey: options.requireApiKey, limiter }),
    ...(limiter ? [rateLimitGate(limiter)] : []),
    ...(options.http.maxConcurrentPerClient > 0 ? [clientConcurrency(options.http.maxConcurrentPerClient)] : []),
    jsonBody(),
    // Bodies of other content types are not parsed; Apollo then answers 400 (or its CSRF error)
    // instead of the 500 it gives when `req.body` is absent.
    (req, _res, next) => {
      if (!("body" in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    documentLimits(limits),
    persistedQueryCheck(),
    conditionalGet(options.caching.maxAgeSeconds),
    responseSizeLimit(limits.maxResponseBytes),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const stats = res.locals.stats as QueryStats;
        return {
          ...requestReads(db, stats),
          logger,
          requestId: res.locals.requestId as string,
          stats,
          requestInfo: res.locals.info as RequestInfo,
          viewer: res.locals.viewer as Viewer | null,
          idempotencyTtlMs: options.idempotencyTtlMs,
        };
      },
    }),
  );
  app.use("/graphql", bodyErrorHandler(logger));
  // Anything else (unknown paths, `//graphql`, `/graphql;x=1`): JSON in GraphQL's error shape, not
  // Express's HTML page.
  app.use((req, res) => {
    sendGraphQLError(res, 404, `No such path: ${req.method} ${req.path.slice(0, 100)}. The GraphQL endpoint is /graphql.`, {
      code: ErrorCode.NOT_FOUND,
    });
  });
  return { httpServer, apollo };
}

/**
 * Node's HTTP server with timeouts that suit an API (Node's defaults: 60 s for headers, 300 s for a
 * request, no idle limit): a slow client cannot hold a connection open, and a socket on which
 * nothing moves either way (a client that stopped reading its reply) is closed, freeing the reply.
 */
function createHttpServer(app: express.Express, settings: HttpSettings): http.Server {
  const server = http.createServer(
    {
      headersTimeout: Math.min(settings.headersTimeoutMs, settings.requestTimeoutMs),
      requestTimeout: settings.requestTimeoutMs,
      // Node checks those two timeouts on this interval (default 30 s).
      connectionsCheckingInterval: Math.min(1000, settings.headersTimeoutMs),
    },
    app,
  );
  server.keepAliveTimeout = settings.keepAliveTimeoutMs;
  // With no "timeout" listener on the server, a socket idle this long is destroyed.
  server.setTimeout(settings.socketIdleTimeoutMs);
  return server;
}

// Apollo Sandbox is the landing page in every mode: the schema is public and read-only, and the
// production default would need an Apollo graph ref we do not have.
function landingPage(): ApolloServerPlugin {
  return ApolloServerPluginLandingPageLocalDefault({ embed: true, document: exampleOperations(), footer: false });
}
