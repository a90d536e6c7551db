import { Driver } from "neo4j-driver";
import { startApi, RunningApi } from "../../src/app";
import { silentLogger } from "../../src/common/logger";
import { createDriver } from "../../src/db/driver";
import { GraphDatabase } from "../../src/db/graph-database";
import { GraphQLResponse } from "../helpers/api";
import { TEST_PASSWORD, testNeo4jUri } from "../helpers/test-state";

// Issue 13, "Done when": a nested field that fails (a forced timeout in one branch) leaves the rest
// of the list in `data`, with the error located by `path` (docs/api-design.md, nullability).

const EVENT = "yang-zhilin-statement-to-scmp-on-arbitration-2024";
const FAILING_QUERY = "get-backings-by-founder-slugs";
const FAILING_SLUG = "yang-zhilin";

// The statement's participants: Yang Zhilin (the one person, whose `backers` times out) and two
// organisations, which have no `backers` field and so nothing to fail.
const PARTICIPANTS = `query ($slug: String!) {
  event(slug: $slug) {
    slug
    participantsConnection(first: 10) {
      totalCount
      edges { role node { slug ... on Person { backers(first: 5) { totalCount } } } }
    }
  }
}`;

/**
 * The API's one database class, except that the backers of one founder run as a query that cannot
 * finish, under a 1 ms transaction timeout: Neo4j itself stops it, and the API reports it as it
 * reports any timeout. Every other query, and that one for other founders, runs as usual.
 */
class OneBranchTimesOut extends GraphDatabase {
  readonly timedOut: string[] = [];
  private readonly impatient: GraphDatabase;

  constructor(driver: Driver) {
    super(driver, { timeoutMs: 10_000, logger: silentLogger });
    this.impatient = new GraphDatabase(driver, { timeoutMs: 1, logger: silentLogger });
  }

  override async read<T = Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const slugs = (params.slugs as string[] | undefined) ?? [];
    if (name !== FAILING_QUERY || !slugs.includes(FAILING_SLUG)) return super.read<T>(name, params);
    this.timedOut.push(name);
    return this.impatient.readAssembled<T>(name, "UNWIND range(1, 2000000000) AS i RETURN count(i) AS n", params);
  }
}

async function post(api: RunningApi, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<any>> {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { ...(await response.json()), status: response.status, headers: response.headers };
}

describe("partial results", () => {
  let driver: Driver;
  let db: OneBranchTimesOut;
  let api: RunningApi;

  beforeAll(async () => {
    driver = createDriver({ uri: testNeo4jUri(), user: "neo4j", password: TEST_PASSWORD });
    db = new OneBranchTimesOut(driver);
    api = await startApi({ db, logger: silentLogger, port: 0, host: "127.0.0.1", production: false, shutdownGraceMs: 2000 });
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });

  it("keeps the other participants when one participant's nested field times out, and locates the error by path", async () => {
    const res = await post(api, PARTICIPANTS, { slug: EVENT });
    expect(db.timedOut).toEqual([FAILING_QUERY]);
    expect(res.status).toBe(200);

    const connection = res.data!.event.participantsConnection;
    expect(connection.totalCount).toBe(3);
    const edges = connection.edges as { role: string; node: { slug: string } | null }[];
    expect(edges).toHaveLength(3);
    const hole = edges.findIndex((edge) => edge.node === null);
    expect(hole).toBeGreaterThanOrEqual(0);
    // The hole is the person's node (its non-null `backers` failed); the edge and its role stay.
    expect(edges[hole].role).toBe("SPEAKER");
    expect(
      edges
        .filter((edge) => edge.node !== null)
        .map((edge) => edge.node!.slug)
        .sort(),
    ).toEqual(["moonshot-ai", "recurrent-ai"]);

    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions?.code).toBe("QUERY_TIMEOUT");
    expect(res.errors![0].path).toEqual(["event", "participantsConnection", "edges", hole, "node", "backers"]);
  });

  it("answers the same query whole when nothing fails", async () => {
    const res = await post(api, PARTICIPANTS.replace("backers(first: 5) { totalCount }", "slug"), { slug: EVENT });
    expect(res.errors).toBeUndefined();
    const slugs = res.data!.event.participantsConnection.edges.map((edge: { node: { slug: string } }) => edge.node.slug);
    expect(slugs.sort()).toEqual(["moonshot-ai", "recurrent-ai", FAILING_SLUG]);
  });
});
