import "reflect-metadata";
import * as fs from "node:fs";
import { buildSchema } from "graphql";
import { buildAppSchema } from "../../src/schema";
import { announcedCoordinates, CHANGELOG_FILE, checkSchemaEvolution, describeChanges, latestRelease } from "../../src/schema-evolution";

const RELEASED = `
  type Query { organization(slug: String!): Organization }
  type Organization { name: String! founded: String }
  enum Stage { SEED GROWTH }
`;
const changelog = (unreleased: string) =>
  `# Changelog\n\n## Unreleased\n${unreleased}\n## 0.1.0 - 2026-11-29\n- \`Organization.name\` once\n`;

describe("schema evolution check", () => {
  it("passes an added field and an added enum value without a changelog entry", async () => {
    const current = buildSchema(RELEASED.replace("founded: String", "founded: String website: String").replace("GROWTH", "GROWTH PUBLIC"));
    const report = await checkSchemaEvolution(RELEASED, current, changelog("None."));
    expect(report.changes.map((c) => c.path)).toEqual(expect.arrayContaining(["Organization.website", "Stage.PUBLIC"]));
    expect(report.unlisted).toEqual([]);
  });

  it("fails a removed field that the Unreleased section does not announce", async () => {
    const current = buildSchema(RELEASED.replace("founded: String", ""));
    const report = await checkSchemaEvolution(RELEASED, current, changelog("None."));
    expect(report.unlisted.map((c) => c.path)).toEqual(["Organization.founded"]);
    expect(describeChanges(report.unlisted)).toMatch(/^BREAKING\s+Organization\.founded: Field 'founded' .*removed/);
  });

  it("passes a removed field once the Unreleased section names it, but not when only an older release does", async () => {
    const current = buildSchema(RELEASED.replace("name: String! ", "").replace("founded: String", "founded: String!"));
    const announced = await checkSchemaEvolution(RELEASED, current, changelog("- `Organization.name`: use `displayName`.\n"));
    expect(announced.unlisted.map((c) => c.path)).toEqual([]);
    const olderOnly = await checkSchemaEvolution(RELEASED, buildSchema(RELEASED.replace("name: String! ", "")), changelog("None."));
    expect(olderOnly.unlisted.map((c) => c.path)).toEqual(["Organization.name"]);
  });

  it("reads only backticked coordinates of the Unreleased section", () => {
    const text = changelog("- `Query.search` is a connection; see `SearchResultConnection`.\n- Organization.founders (no backticks)\n");
    expect([...announcedCoordinates(text)].sort()).toEqual(["Query.search", "SearchResultConnection"]);
    expect(announcedCoordinates("# Changelog\n\n## 1.0.0\n- `Query.a`\n").size).toBe(0);
  });

  it("finds no unannounced breaking change between the last release and the schema the code builds", async () => {
    const release = latestRelease();
    const report = await checkSchemaEvolution(release.sdl, await buildAppSchema(), fs.readFileSync(CHANGELOG_FILE, "utf8"));
    if (report.unlisted.length)
      throw new Error(`Announce these in CHANGELOG.md under "## Unreleased" or keep the old schema:\n${describeChanges(report.unlisted)}`);
  });
});
