import "reflect-metadata";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateSyntheticGraph } from "../../bench/synthetic/generator";
import { writeSyntheticSeeds } from "../../bench/synthetic/write";
import { cypher } from "../../src/db/cypher-files";
import { buildSeedPlan, SeedPlan } from "../../src/seed/seed.plan";
import { listSeedFolders, readSeedFolder } from "../../src/seed/seed.reader";
import { SEEDS_DIR } from "../../src/seed/seeds-dir";
import { loadQueryNames } from "../../src/seed/seed.queries";

// load-events, load-metrics and load-relationships name every property they write (no `+= row.props`,
// which would plan an Eager), so a property added to a plan row must be added to its statement too:
// to every file generated for a label or type (cypher/queries/generated/load-*.cypher). A relationship's
// certainty, dates and citations are written once, by the values statement of its type after arbitration
// (load-relationship-values.<TYPE>), so for relationships that statement counts too.
// An edge derived from an event the load creates is written by load-relationships-new.<TYPE> and its
// values by load-derived-edge-values-by-key.<TYPE>: those two must cover its rows too.

function plansOf(root: string): SeedPlan[] {
  return listSeedFolders(root).map((dir) => {
    const { folder, problems } = readSeedFolder(dir);
    expect(problems).toEqual([]);
    return buildSeedPlan(folder!, (reference) => reference);
  });
}

describe("the load statements write every property of the plan's rows", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "aig-load-statements-"));
  let plans: SeedPlan[];

  beforeAll(() => {
    writeSyntheticSeeds(generateSyntheticGraph({ entities: 1000, seed: 3 }), root);
    plans = [...plansOf(SEEDS_DIR), ...plansOf(root)];
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it.each([
    ["events", loadQueryNames("load-events")],
    ["metrics", ["load-metrics"]],
    ["relationships", loadQueryNames("load-relationships")],
  ] as const)("%s: every key of row.props is set by %s", (part, queries) => {
    const keys = new Set(plans.flatMap((plan) => plan[part].flatMap((row) => Object.keys(row.props as object))));
    expect(keys.size).toBeGreaterThan(3);
    for (const query of queries) {
      const valuesQuery = query.replace("load-relationships.", "load-relationship-values.");
      const text = part === "relationships" ? cypher(query) + cypher(valuesQuery).replace(/r\.(\w+) =/g, "row.props.$1") : cypher(query);
      expect({ query, unset: [...keys].filter((key) => !text.includes(`row.props.${key}`)) }).toEqual({ query, unset: [] });
    }
  });

  it("derived edges: every key of row.props is set by load-relationships-new.<TYPE> with its values statement", () => {
    const derived = plans
      .flatMap((plan) => plan.relationships)
      .filter((r) => typeof (r.props as Record<string, unknown>).eventSlug === "string");
    const keys = new Set(derived.flatMap((row) => Object.keys(row.props as object)));
    expect(keys.size).toBeGreaterThan(3);
    for (const type of new Set(derived.map((r) => r.type as string))) {
      const created = cypher(`generated/load-relationships-new.${type}`).replace(/(\w+): row\.props\.\w+/g, "row.props.$1");
      const values = cypher(`generated/load-derived-edge-values-by-key.${type}`).replace(/r\.(\w+) =/g, "row.props.$1");
      const text = created + values;
      expect({ type, unset: [...keys].filter((key) => !text.includes(`row.props.${key}`)) }).toEqual({ type, unset: [] });
    }
  });
});
