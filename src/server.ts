import { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import { GraphQLSchema } from "graphql";
import * as http from "node:http";
import { randomUUID } from "node:crypto";
import { AppContext, createLoaders } from "./context";
import { Logger } from "./common/logger";
import { formatError } from "./common/format-error";
import { GraphDatabase } from "./db/graph-database";
import { newQueryStats, withQueryStats } from "./db/query-stats";
import { exampleOperations } from "./examples";
import { explorerRouter } from "./explorer/explorer.router";

export interface ServerOptions {
  schema: GraphQLSchema;
  db: GraphDatabase;
  logger: Logger;
  production: boolean;
  /** True once constraints and indexes are applied; /ready waits for it. */
  isSchemaApplied: () => boolean;
}

export interface HttpApp {
  httpServer: http.Server;
  apollo: ApolloServer<AppContext>;
}

/**
 * The HTTP stack: /health and /ready for orchestrators, /graphql for Apollo Server (with Apollo
 * Sandbox as its landing page, the example operations preloaded).
 */
export async function createHttpApp(options: ServerOptions): Promise<HttpApp> {
  const { schema, db, logger, production } = options;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    formatError: (formatted, error) => formatError(formatted, error, logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      landingPage(),
      requestLogPlugin(logger),
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
    cors<cors.CorsRequest>(),
    express.json({ limit: "100kb" }),
    // Every Cypher call made while serving this request adds to these counters (AsyncLocalStorage).
    (req, res, next) => {
      const stats = newQueryStats();
      res.locals.stats = stats;
      res.locals.requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) ?? randomUUID();
      withQueryStats(stats, next);
    },
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
  return { httpServer, apollo };
}

// Apollo Sandbox is the landing page in every mode: the schema is public and read-only, and the
// production default would need an Apollo graph ref we do not have.
function landingPage(): ApolloServerPlugin {
  return ApolloServerPluginLandingPageLocalDefault({ embed: true, document: exampleOperations(), footer: false });
}

/** One structured log line per operation: name, duration, Cypher round trips, error codes. */
function requestLogPlugin(logger: Logger): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = Date.now();
      return {
        async willSendResponse({ response, operationName, errors }) {
          const stats = contextValue.stats;
          if (response.body.kind === "single") {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cypherQueries: stats.cypherQueries,
            };
          }
          logger.info("request", {
            requestId: contextValue.requestId,
            operationName: operationName ?? null,
            ms: Date.now() - started,
            cypherQueries: stats.cypherQueries,
            errorCodes: errors?.map((e) => e.extensions?.code ?? "INTERNAL_SERVER_ERROR") ?? [],
          });
        },
      };
    },
  };
}
