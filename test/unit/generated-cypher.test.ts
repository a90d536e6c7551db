import "reflect-metadata";
import * as fs from "node:fs";
import * as path from "node:path";
import { GENERATED_DIR, QUERIES_DIR, renderFamilies } from "../../src/db/cypher-files";
import { GENERATED_QUERIES } from "../../src/generated-queries";

describe("generated query files (cypher/queries/generated/ and the single-file templates' queries)", () => {
  const expected = renderFamilies(GENERATED_QUERIES);

  it("are exactly what the templates and their whitelists give (run `npm run cypher:generate` after changing either)", () => {
    const onDisk = fs
      .readdirSync(GENERATED_DIR)
      .map((name) => `generated/${name}`)
      .sort();
    expect(onDisk).toEqual([...expected.keys()].filter((name) => name.startsWith("generated/")).sort());
    for (const [name, text] of expected) expect(fs.readFileSync(path.join(QUERIES_DIR, name), "utf8")).toBe(text);
  });

  it("leave no placeholder unfilled", () => {
    for (const [name, text] of expected) expect(`${name}: ${text}`).not.toMatch(/\{\{/);
  });
});
