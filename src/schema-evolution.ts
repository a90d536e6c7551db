import * as fs from "node:fs";
import * as path from "node:path";
import { Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import { buildSchema, GraphQLSchema, printSchema } from "graphql";
import { SCHEMA_DIR } from "./schema-sdl";

/**
 * The evolution policy in code. Clients are held to the schema of the last release
 * (`schema/releases/<version>.graphql`), not to the working copy: additions are always free, and a
 * breaking change against the release passes only when CHANGELOG.md's "Unreleased" section names
 * its schema coordinate in backticks (`Type.field`, `Type.field.argument`, `Enum.VALUE`), so every
 * break a client will meet is announced in the notes they read.
 */
export const RELEASES_DIR = path.join(SCHEMA_DIR, "releases");
export const CHANGELOG_FILE = path.join(SCHEMA_DIR, "..", "CHANGELOG.md");

export interface SchemaChangeReport {
  /** Every difference, for the printed report. */
  changes: Change[];
  /** Breaking changes that CHANGELOG.md's "Unreleased" section does not name: each one fails the check. */
  unlisted: Change[];
}

/** The newest released SDL: the file in schema/releases/ with the highest semantic version. */
export function latestRelease(dir = RELEASES_DIR): { version: string; sdl: string } {
  const versions = fs
    .readdirSync(dir)
    .filter((f) => /^\d+\.\d+\.\d+\.graphql$/.test(f))
    .map((f) => f.replace(/\.graphql$/, ""))
    .sort(compareVersions);
  const version = versions.at(-1);
  if (!version) throw new Error(`No released schema in ${dir}`);
  return { version, sdl: fs.readFileSync(path.join(dir, `${version}.graphql`), "utf8") };
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The schema coordinates named in backticks in the changelog's "## Unreleased" section. */
export function announcedCoordinates(changelog: string): Set<string> {
  const section = /^## Unreleased\b.*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? "";
  return new Set([...section.matchAll(/`([A-Za-z_][\w.]*)`/g)].map((m) => m[1]));
}

/** Compares a schema with the released one and says which breaking changes are not announced. */
export async function checkSchemaEvolution(
  released: GraphQLSchema | string,
  current: GraphQLSchema,
  changelog: string,
): Promise<SchemaChangeReport> {
  const baseline = typeof released === "string" ? buildSchema(released) : released;
  // Both sides from SDL: a schema built in code carries @deprecated only as a reason, not as a directive
  // node, and the diff would report every deprecation as removed.
  const changes = await diff(baseline, buildSchema(printSchema(current)));
  const announced = announcedCoordinates(changelog);
  const unlisted = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking && !(c.path && announced.has(c.path)));
  return { changes, unlisted };
}

/** One line per change, breaking first, for the CLI and test failure messages. */
export function describeChanges(changes: Change[]): string {
  const order = [CriticalityLevel.Breaking, CriticalityLevel.Dangerous, CriticalityLevel.NonBreaking];
  return [...changes]
    .sort((a, b) => order.indexOf(a.criticality.level) - order.indexOf(b.criticality.level))
    .map((c) => `${c.criticality.level.padEnd(12)} ${c.path ?? "-"}: ${c.message}`)
    .join("\n");
}
