import "reflect-metadata";
import { RunningApi, startApi } from "../../src/app";
import { Logger, silentLogger } from "../../src/common/logger";
import { createDriver } from "../../src/db/driver";
import { GraphDatabase } from "../../src/db/graph-database";
import { TEST_PASSWORD, testNeo4jUri } from "./test-state";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
  headers: Headers;
}

export interface TestApi {
  api: RunningApi;
  db: GraphDatabase;
  /** Base URL without /graphql, for /health, /ready, /explore. */
  baseUrl: string;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** A real API on a free loopback port, over the run's Neo4j; each test file starts its own. */
export async function startTestApi(options: { logger?: Logger; queryTimeoutMs?: number; production?: boolean } = {}): Promise<TestApi> {
  const driver = createDriver({ uri: testNeo4jUri(), user: "neo4j", password: TEST_PASSWORD });
  const logger = options.logger ?? silentLogger;
  const db = new GraphDatabase(driver, { timeoutMs: options.queryTimeoutMs ?? 10_000, logger });
  const api = await startApi({ db, logger, port: 0, host: "127.0.0.1", production: options.production ?? false, shutdownGraceMs: 2000 });
  const baseUrl = api.url.replace(/\/graphql$/, "");
  return {
    api,
    db,
    baseUrl,
    async query(query, variables, headers = {}) {
      const response = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, "status" | "headers">;
      return { ...body, status: response.status, headers: response.headers } as GraphQLResponse<any>;
    },
    async close() {
      await api.stop();
      await db.close();
    },
  };
}

/** Fails with the errors' text when a response has any, so a failing test says why. */
export function expectNoErrors(response: GraphQLResponse<unknown>): void {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
}

/** The data of a query that must succeed: fails with the errors' text when there are any. */
export async function dataOf<T>(t: TestApi, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await t.query<T>(query, variables);
  expectNoErrors(response);
  return response.data!;
}
