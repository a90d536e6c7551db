import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, GraphQLSchema, OperationTypeNode } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { randomUUID } from "node:crypto";
import type * as http from "node:http";
import { WebSocketServer } from "ws";
import { OperationLimits } from "../config";
import { formatError } from "../common/format-error";
import { Logger } from "../common/logger";
import { requestReads } from "../context";
import { GraphDatabase } from "../db/graph-database";
import { newQueryStats } from "../db/query-stats";
import { SubscriptionContext } from "../graph/change/change.subscription";
import { ChangePoller } from "./change-poller";
import { OperationCheck } from "./operation-check";
import { authenticateConnection, ConnectionAuthSettings, ConnectionHolder, isRefusal } from "./websocket-auth";

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  /** Same path as HTTP's GraphQL endpoint. */
  path: string;
  schema: GraphQLSchema;
  db: GraphDatabase;
  logger: Logger;
  production: boolean;
  limits: OperationLimits;
  auth: ConnectionAuthSettings;
  poller: ChangePoller;
}

export interface SubscriptionServer {
  /** Closes every WebSocket (1001 "going away"), ends their subscriptions and stops the poller. */
  dispose(): Promise<void>;
}

/** What a connection carries between graphql-ws's hooks, once `connection_init` is accepted. */
type Extra = { holder: ConnectionHolder };

/**
 * graphql-ws on the HTTP server's port and path (Apollo Server's documented recipe: a `ws` server
 * on the same http.Server, `useServer` from graphql-ws). Connections authenticate once with their
 * connection params; every subscribe message meets the checks an HTTP operation meets; errors are
 * shown as HTTP shows them (formatError masks anything internal).
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { schema, db, logger, production, poller } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const checks = new OperationCheck(schema, options.limits, options.auth.limiter);
  const shown = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error, logger, { production }));

  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      onConnect: async (ctx) => {
        const outcome = await authenticateConnection(ctx.connectionParams, ctx.extra.request, options.auth);
        if (isRefusal(outcome)) {
          ctx.extra.socket.close(outcome.closeCode, outcome.reason);
          return false;
        }
        ctx.extra.holder = outcome;
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const holder = ctx.extra.holder!;
        const checked = await checks.check(payload, holder.client);
        if (Array.isArray(checked)) return checked;
        const stats = newQueryStats();
        const contextValue: SubscriptionContext = {
          ...requestReads(db, stats),
          logger,
          requestId: randomUUID(),
          stats,
          viewer: holder.viewer,
          changeFeed: poller,
          client: holder.client,
        };
        return { schema, document: checked, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: shown(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => shown(errors),
    },
    wsServer,
  );

  let disposing: Promise<void> | undefined;
  return {
    dispose: () =>
      (disposing ??= (async () => {
        await cleanup.dispose();
        await poller.stop();
      })()),
  };
}

/** Apollo Server's drain step for the WebSocket side (its drainServer hook runs on `apollo.stop()`). */
export function drainSubscriptions(server: SubscriptionServer): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          await server.dispose();
        },
      };
    },
  };
}

/** After a mutation committed through this instance, its subscribers need not wait for the next poll. */
export function nudgeAfterMutations(poller: ChangePoller): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === OperationTypeNode.MUTATION) poller.nudge();
        },
      };
    },
  };
}
