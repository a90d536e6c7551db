import { mkdtemp, rm, writeFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import neo4j from "neo4j-driver";
import { LocalNeo4j, startLocalNeo4j } from "../../../src/db/local-neo4j";
import { importIntoLocalNeo4j } from "../../../src/db/local-neo4j-import";

jest.setTimeout(240_000);

const PASSWORD = "test-password-1";

describe("bulk import into a local Neo4j (launcher `import`)", () => {
  let dir: string;
  let running: LocalNeo4j | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "bulk-import-test-"));
  });

  afterAll(async () => {
    await running?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes nodes, labels, typed and array properties and relationships that the started database serves", async () => {
    const dataDir = path.join(dir, "home");
    const entities = path.join(dir, "entities.csv");
    const edges = path.join(dir, "edges.csv");
    // Values a naive CSV writer breaks: a comma, a double quote, a newline, non-ASCII text.
    await writeFile(
      entities,
      [
        "slug:ID(Entity),name,kinds:string[],founded:int",
        'openai,"OpenAI, Inc.",LAB;COMPANY,2015',
        'zhipu,"智谱 ""Zhipu""\nAI",LAB,2019',
      ].join("\n"),
    );
    await writeFile(edges, [":START_ID(Entity),:END_ID(Entity),key", "openai,zhipu,INVESTED_IN|openai|zhipu"].join("\n"));

    const lines: string[] = [];
    const result = await importIntoLocalNeo4j(
      { nodes: [{ labels: ["Entity", "Organization"], file: entities }], relationships: [{ type: "INVESTED_IN", file: edges }] },
      { dataDir, log: (l) => lines.push(l) },
    );
    expect(result).toMatchObject({ nodes: 2, relationships: 1 });
    expect(lines.join("\n")).toContain("IMPORT DONE");

    running = await startLocalNeo4j({ dataDir, port: 0, password: PASSWORD });
    const driver = neo4j.driver(running.uri, neo4j.auth.basic("neo4j", PASSWORD));
    try {
      const { records } = await driver.executeQuery(
        "MATCH (e:Entity) OPTIONAL MATCH (e)-[r:INVESTED_IN]->(t) RETURN e {.*, labels: labels(e)} AS e, r.key AS key, t.slug AS to ORDER BY e.slug",
      );
      const rows = records.map((r) => ({ ...r.get("e"), founded: r.get("e").founded.toNumber(), key: r.get("key"), to: r.get("to") }));
      expect(rows).toEqual([
        {
          slug: "openai",
          name: "OpenAI, Inc.",
          kinds: ["LAB", "COMPANY"],
          founded: 2015,
          labels: ["Entity", "Organization"],
          key: "INVESTED_IN|openai|zhipu",
          to: "zhipu",
        },
        { slug: "zhipu", name: '智谱 "Zhipu"\nAI', kinds: ["LAB"], founded: 2019, labels: ["Entity", "Organization"], key: null, to: null },
      ]);
    } finally {
      await driver.close();
    }
    await running.stop();
    running = undefined;

    // A second import would replace the store: the importer refuses it and says why.
    await expect(importIntoLocalNeo4j({ nodes: [{ labels: ["Entity"], file: entities }], relationships: [] }, { dataDir })).rejects.toThrow(
      /bulk import failed[\s\S]*(exist|overwrite)/i,
    );
  });
});
