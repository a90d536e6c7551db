import "reflect-metadata";
import { explainFloor, scansIn } from "../../bench/check/explain";
import { OPERATIONS } from "../../bench/operations";
import { generateSyntheticGraph } from "../../bench/synthetic/generator";
import { startTestApi, TestApi } from "../helpers/api";

// Issue 16: the benchmark's floor is what an expert would hand-write, so no floor statement may scan a
// label (an earlier floor did at 100k, and its rows fed the targets). The bench runs the same check
// on its own graph before measuring; this runs it on the test database with every operation.

describe("bench floor statements (bench/servers/floor-queries.ts)", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => {
    await t.close();
  });

  it("plan no label or store scan for any operation", async () => {
    const { samples } = generateSyntheticGraph({ entities: 1000, seed: 42 });
    const requests = OPERATIONS.map((op) => ({
      op: op.name,
      params: JSON.parse(op.bodies(samples).floor[0]).params as Record<string, unknown>,
    }));
    await expect(explainFloor(t.db.driver, requests)).resolves.toBeUndefined();
  });

  it("the scan detector finds a label scan where there is one", async () => {
    const scans = await scansIn(t.db.driver, "MATCH (e:Entity) WHERE e.description = $d RETURN e.slug", { d: "x" });
    expect(scans.join(" ")).toMatch(/NodeByLabelScan/);
  });
});
