import "reflect-metadata";
import { ApiOptions, startApi } from "../../../src/app";
import { silentLogger } from "../../../src/common/logger";
import { createDriver } from "../../../src/db/driver";
import { GraphDatabase } from "../../../src/db/graph-database";
import { GraphQLResponse, TestApi } from "../../helpers/api";
import { TEST_PASSWORD, testNeo4jUri } from "../../helpers/test-state";

export type HardenedOptions = Partial<Omit<ApiOptions, "db" | "port" | "host">> & {
  queryTimeoutMs?: number;
  /** Bolt URI; default the run's test Neo4j. */
  uri?: string;
  /** Replaces the GraphDatabase (e.g. a subclass that slows one query down). */
  db?: GraphDatabase;
};

/** The queries that look an entity up by slug: the loader's, and the compiled statement's (src/graph/compile). */
export const ENTITY_LOOKUPS = ["get-entities-by-slugs", "compiled/entity-by-slug"];

/**
 * A database whose entity lookups (either path) run through `intercept`, which may delay them
 * (`run`), run another statement in their place (`runInstead`) or fail; every other query runs as usual.
 */
export function entityLookupDatabase(
  timeoutMs: number,
  intercept: <T>(run: () => Promise<T[]>, runInstead: (text: string) => Promise<T[]>) => Promise<T[]>,
): GraphDatabase {
  const driver = createDriver({ uri: testNeo4jUri(), user: "neo4j", password: TEST_PASSWORD });
  return new (class extends GraphDatabase {
    override async read<T>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
      const run = () => super.read<T>(name, params);
      return ENTITY_LOOKUPS.includes(name) ? intercept(run, (text) => super.readAssembled<T>(name, text, {})) : run();
    }
    override async readAssembled<T>(name: string, text: string, params: Record<string, unknown> = {}): Promise<T[]> {
      const run = () => super.readAssembled<T>(name, text, params);
      return ENTITY_LOOKUPS.includes(name) ? intercept(run, (other) => super.readAssembled<T>(name, other, {})) : run();
    }
  })(driver, { timeoutMs, logger: silentLogger });
}

/** Like test/helpers/api.ts startTestApi, with every server option (limits, rate limit, CORS) open. */
export async function startHardenedApi(options: HardenedOptions = {}): Promise<TestApi> {
  const logger = options.logger ?? silentLogger;
  const db =
    options.db ??
    new GraphDatabase(createDriver({ uri: options.uri ?? testNeo4jUri(), user: "neo4j", password: TEST_PASSWORD }), {
      timeoutMs: options.queryTimeoutMs ?? 10_000,
      logger,
    });
  const api = await startApi({ production: false, shutdownGraceMs: 2000, ...options, db, logger, port: 0, host: "127.0.0.1" });
  const baseUrl = api.url.replace(/\/graphql$/, "");
  return {
    api,
    db,
    baseUrl,
    query: (query, variables, headers) => postGraphQL(api.url, { query, variables }, headers),
    async close() {
      await api.stop();
      await db.close();
    },
  };
}

/** POSTs a JSON body (anything: the hostile tests send odd shapes) and reads the JSON answer. */
export async function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<any>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { raw: text };
  }
  return { ...parsed, status: response.status, headers: response.headers } as GraphQLResponse<any>;
}

/** The one error code of a response (fails loudly when there is none). */
export function codeOf(response: GraphQLResponse): string {
  const code = response.errors?.[0]?.extensions?.code;
  if (!code) throw new Error(`expected an error, got ${response.status}: ${JSON.stringify(response).slice(0, 500)}`);
  return code;
}
