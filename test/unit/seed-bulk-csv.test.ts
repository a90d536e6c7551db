import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ARRAY_DELIMITER, EMPTY_LIST, writeImportFiles } from "../../src/seed/seed.bulk-csv";
import { BulkGraph, CypherDate, GraphNode } from "../../src/seed/seed.bulk-graph";

describe("bulk import CSV files", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), "bulk-csv-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const entity = (id: string, props: GraphNode["props"]): GraphNode => ({ space: "Entity", id, labels: ["Entity", "Organization"], props });

  it("types each column in the header, quotes every string and marks an empty list", async () => {
    const a = entity("a", { slug: "a", name: 'Say "hi",\nthen', amount: 1.5, founded: new CypherDate("2024-01-02"), kinds: [] });
    const b = entity("b", { slug: "b", kinds: ["X", "Y;Z"], version: BigInt(3), pinned: false });
    const graph: BulkGraph = { nodes: [a, b], edges: [{ type: "INVESTED_IN", from: a, to: b, props: { key: "k" } }] };
    const files = await writeImportFiles(graph, dir);

    expect(files.nodes.map((n) => n.labels)).toEqual([["Entity", "Organization"]]);
    expect(files.relationships.map((r) => r.type)).toEqual(["INVESTED_IN"]);
    expect(readFileSync(files.nodes[0].file, "utf8")).toBe(
      [
        ":ID(Entity),amount:double,founded:date,kinds:string[],name:string,pinned:boolean,slug:string,version:long",
        `"a",1.5,2024-01-02,"${EMPTY_LIST}","Say ""hi"",\nthen",,"a",`,
        `"b",,,"X${ARRAY_DELIMITER}Y;Z",,false,"b",3`,
        "",
      ].join("\n"),
    );
    expect(readFileSync(files.relationships[0].file, "utf8")).toBe(':START_ID(Entity),:END_ID(Entity),key:string\n"a","b","k"\n');
    // Only the file with a line break is parsed as multi-line; the empty list is named for its restore.
    expect(files.multiline).toEqual([files.nodes[0].file]);
    expect(files.emptyLists).toEqual([{ labels: ["Entity", "Organization"], property: "kinds" }]);
  });

  it("names each label set, type and property that held an empty list once, and no file without a line break", async () => {
    const a = entity("a", { kinds: [], notes: [] });
    const b = entity("b", { kinds: [] });
    const source: GraphNode = { space: "Source", id: "s", labels: ["Source"], props: { title: "one\rline" } };
    const graph: BulkGraph = {
      nodes: [a, b, source],
      edges: [
        { type: "MENTIONS", from: source, to: a, props: { citationQuotes: [] } },
        { type: "MENTIONS", from: source, to: b, props: { citationQuotes: [] } },
      ],
    };
    const files = await writeImportFiles(graph, dir);
    expect(files.emptyLists).toEqual([
      { labels: ["Entity", "Organization"], property: "kinds" },
      { labels: ["Entity", "Organization"], property: "notes" },
      { type: "MENTIONS", property: "citationQuotes" },
    ]);
    expect(files.multiline).toEqual([files.nodes[1].file]);
    const plain = await writeImportFiles({ nodes: [entity("c", { name: "c" })], edges: [] }, dir);
    expect(plain.multiline).toEqual([]);
  });

  it("refuses what the importer would silently change", async () => {
    const mixed: BulkGraph = { nodes: [entity("a", { value: 1 }), entity("b", { value: "one" })], edges: [] };
    await expect(writeImportFiles(mixed, dir)).rejects.toThrow(/'value' of Entity:Organization nodes is both double and string/);
    const emptyElsewhere: BulkGraph = { nodes: [entity("a", { tags: [] })], edges: [] };
    await expect(writeImportFiles(emptyElsewhere, dir)).rejects.toThrow(/'tags' holds an empty list/);
  });
});
