import "reflect-metadata";
import * as fs from "node:fs";
import { buildAppSchema } from "./schema";
import { CHANGELOG_FILE, checkSchemaEvolution, describeChanges, latestRelease } from "./schema-evolution";

/** `npm run schema:check`: the schema the code builds against the last release; exit 1 on an unannounced break. */
async function main(): Promise<void> {
  const release = latestRelease();
  const report = await checkSchemaEvolution(release.sdl, await buildAppSchema(), fs.readFileSync(CHANGELOG_FILE, "utf8"));
  console.log(`Schema against release ${release.version}: ${report.changes.length} change(s)`);
  if (report.changes.length) console.log(describeChanges(report.changes));
  if (report.unlisted.length) {
    console.error(`\n${report.unlisted.length} breaking change(s) not announced in CHANGELOG.md under "## Unreleased":`);
    console.error(describeChanges(report.unlisted));
    process.exitCode = 1;
  }
}

void main();
