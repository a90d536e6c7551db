import { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLSchema } from "graphql";
import * as http from "node:http";
import { AppContext, createLoaders } from "./context";
import { OperationLimits, RateLimitSettings } from "./config";
import { Logger } from "./common/logger";
import { formatError } from "./common/format-error";
import { GraphDatabase } from "./db/graph-database";
import { exampleOperations } from "./examples";
import { explorerRouter } from "./explorer/explorer.router";
import { bodyErrorHandler } from "./http/body-errors";
import { noStorePlugin } from "./http/cache-control";
import { corsMiddleware } from "./http/cors";
import { costPlugin } from "./http/cost-plugin";
import { documentLimits } from "./http/document-limits";
import { limitRules } from "./http/limit-rules";
import { knownOperationTypeRule } from "./http/operation-type-rule";
import { rateLimitGate } from "./http/rate-limit-gate";
import { CostRateLimiter } from "./http/rate-limiter";
import { operationReportPlugin, requestTracking } from "./http/request-log";
import { currentRequestInfo } from "./http/request-info";

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
}

export interface HttpApp {
  httpServer: http.Server;
  apollo: ApolloServer<AppContext>;
}

/** Request bodies above this are refused with 413 before parsing (variables included). */
const MAX_BODY = "100kb";

/**
 * The HTTP stack: /health and /ready for orchestrators, /graphql for Apollo Server (with Apollo
 * Sandbox as its landing page, the example operations preloaded), guarded by the operation limits,
 * the cost-based rate limiter and CORS.
 */
export async function createHttpApp(options: ServerOptions): Promise<HttpApp> {
  const { schema, db, logger, production, limits } = options;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);

  const limiter = options.rateLimit ? new CostRateLimiter(options.rateLimit) : null;
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
    formatError: (formatted, error) => {
      const shown = formatError(formatted, error, logger);
      currentRequestInfo()?.errorCodes.push(String(shown.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
      return shown;
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownGraceMs }),
      landingPage(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      costPlugin({ maxCost: limits.maxCost, limiter }),
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
    requestTracking(logger),
    corsMiddleware(options.corsOrigins),
    ...(limiter ? [rateLimitGate(limiter)] : []),
    express.json({ limit: MAX_BODY }),
    // Bodies of other content types are not parsed; Apollo then answers 400 (or its CSRF error)
    // instead of the 500 it gives when `req.body` is absent.
    (req, _res, next) => {
      if (!("body" in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    documentLimits(limits),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({
        db,
        loaders: createLoaders(db),
        logger,
        requestId: res.locals.requestId as string,
        stats: res.locals.stats,
      }),
    }),
  );
  app.use("/graphql", bodyErrorHandler(logger));
  return { httpServer, apollo };
}

// Apollo Sandbox is the landing page in every mode: the schema is public and read-only, and the
// production default would need an Apollo graph ref we do not have.
function landingPage(): ApolloServerPlugin {
  return ApolloServerPluginLandingPageLocalDefault({ embed: true, document: exampleOperations(), footer: false });
}
