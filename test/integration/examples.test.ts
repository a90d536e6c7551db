import * as fs from "node:fs";
import * as path from "node:path";
import { OperationDefinitionNode, OperationTypeNode, parse, print, Kind } from "graphql";
import { SCHEMA_DIR } from "../../src/schema-sdl";
import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";
import { connect, sleep, subscribe } from "./subscriptions/ws-client";

// Every named operation of schema/examples.graphql (the ones Apollo Sandbox preloads) runs against
// the seeded graph without errors and finds something: an example that rots fails here.
const document = parse(fs.readFileSync(path.join(SCHEMA_DIR, "examples.graphql"), "utf8"));
const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** True when a root field's value holds data: not null, and a list or connection with items. */
function holdsData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0 && value.every((item) => item !== null);
  if (typeof value === "object" && "edges" in value) return (value as { edges: unknown[] }).edges.length > 0;
  return true;
}

describe("schema/examples.graphql", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it("names every operation, uniquely", () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    expect(operations.some((op) => op.operation === OperationTypeNode.SUBSCRIPTION)).toBe(true);
    const names = operations.map((op) => op.name?.value);
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  const queries = operations.filter((op) => op.operation === OperationTypeNode.QUERY);
  const mutations = operations.filter((op) => op.operation === OperationTypeNode.MUTATION);
  const subscriptions = operations.filter((op) => op.operation === OperationTypeNode.SUBSCRIPTION);

  /**
   * A subscription example runs over WebSocket as Apollo Sandbox runs it (the whole document, the
   * operation named): accepted, and still open after a few polls. What it pushes is tested in
   * test/integration/subscriptions/.
   */
  it.each(subscriptions.map((op) => [op.name!.value, op] as const))("%s is accepted over WebSocket", async (name) => {
    const { client } = connect(t.api.url);
    try {
      const received = subscribe(client, fs.readFileSync(path.join(SCHEMA_DIR, "examples.graphql"), "utf8"), undefined, name);
      const outcome = await Promise.race([received.ended, sleep(1000).then(() => "open")]);
      expect(outcome).toBe("open");
      expect(received.results.filter((r) => r.errors)).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  /**
   * A mutation example needs an editor key, and HTTP requests carry no verified key on this branch yet
   * (the keys land separately), so it is checked here only as far as an anonymous client gets: valid
   * against the schema (no GRAPHQL_VALIDATION_FAILED) and refused with FORBIDDEN before anything runs.
   * test/integration/curation/ runs the same mutations as an editor.
   */
  it.each(mutations.map((op) => [op.name!.value, op] as const))("%s is valid and refused without a key", async (_name, operation) => {
    const response = await t.query(print(operation));
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  // The change feed starts with the seed load's changes; another suite's cleanup may leave it empty.
  const mayBeEmpty = (op: OperationDefinitionNode) => op.name?.value === "SyncChanges";

  it.each(queries.map((op) => [op.name!.value, op] as const))("%s runs without errors and finds data", async (_name, operation) => {
    const response = await t.query(print(operation));
    expectNoErrors(response);
    expect(response.status).toBe(200);
    for (const [field, value] of Object.entries(response.data ?? {})) {
      if (!holdsData(value) && !mayBeEmpty(operation)) throw new Error(`${field} returned no data: ${JSON.stringify(value)}`);
    }
  });
});
