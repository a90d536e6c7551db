import { plainToInstance } from "class-transformer";
import { validateSync, ValidationError } from "class-validator";
import * as fs from "node:fs";
import * as path from "node:path";
import { FactsDto, SourceDto } from "./seed.dto";
import { validInstanceOf } from "./seed.shape";

/** A seed folder read and shape-checked: the DTOs plus the source's full text. */
export interface SeedFolder {
  dir: string;
  source: SourceDto;
  /** The stored text; "" for a reference source (textStored false). */
  text: string;
  /** Whether the project keeps the source's text (then citations are verbatim quotes of it) or only refers to it. */
  textStored: boolean;
  facts: FactsDto;
}

/** One problem, named by file, record and field, e.g. `facts.json events[2].participants[0].role: ...`. */
export type SeedProblem = string;

/** Every seed folder under `root` (a folder holding source.json), sorted so the load order is stable. */
export function listSeedFolders(root: string): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, "source.json")))
    .map((d) => path.join(root, d.name))
    .sort(bySourceKind);
}

// Editorial sources add aliases to entities that news sources introduce, so they load last.
function bySourceKind(a: string, b: string): number {
  const rank = (dir: string) => (readJson(path.join(dir, "source.json"))?.kind === "EDITORIAL" ? 1 : 0);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Reads and shape-validates one folder; returns the problems instead when there are any. */
export function readSeedFolder(dir: string): { folder?: SeedFolder; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const rel = (file: string) => path.join(path.basename(dir), file);

  const sourcePlain = readJsonReporting(path.join(dir, "source.json"), rel("source.json"), problems);
  const factsPlain = readJsonReporting(path.join(dir, "facts.json"), rel("facts.json"), problems);
  if (sourcePlain === undefined || factsPlain === undefined) return { problems };

  const source = plainToInstance(SourceDto, sourcePlain);
  problems.push(...describe(validateSync(source, { forbidUnknownValues: true }), rel("source.json"), sourcePlain));
  // A valid facts.json (nearly all) passes the fast check; anything else gets class-validator's full report.
  let facts = validInstanceOf(FactsDto, factsPlain, { whitelist: true });
  if (!facts) {
    facts = plainToInstance(FactsDto, factsPlain);
    problems.push(
      ...describe(
        validateSync(facts, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true }),
        rel("facts.json"),
        factsPlain,
      ),
    );
  }

  let text = "";
  const textStored = typeof source.textFile === "string";
  if (!textStored && !source.url)
    problems.push(`${rel("source.json")} url: a reference source (no textFile) needs the url of the page it refers to`);
  if (typeof source.textFile === "string") {
    const textPath = path.join(dir, source.textFile);
    if (!fs.existsSync(textPath)) problems.push(`${rel("source.json")} textFile: "${source.textFile}" does not exist`);
    else text = fs.readFileSync(textPath, "utf8");
  }
  if (problems.length > 0) return { problems };
  return { folder: { dir, source, text, textStored, facts }, problems };
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readJsonReporting(file: string, name: string, problems: SeedProblem[]): unknown {
  if (!fs.existsSync(file)) {
    problems.push(`${name}: file is missing`);
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      problems.push(`${name}: expected a JSON object at the top level`);
      return undefined;
    }
    return value;
  } catch (error) {
    problems.push(`${name}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** Flattens class-validator's tree into one line per failed constraint, with the record's slug. */
function describe(errors: ValidationError[], file: string, plain: unknown, prefix = ""): SeedProblem[] {
  const lines: SeedProblem[] = [];
  for (const error of errors) {
    const key = /^\d+$/.test(error.property) ? `[${error.property}]` : prefix ? `.${error.property}` : error.property;
    const here = `${prefix}${key}`;
    const value = (plain as Record<string, unknown> | undefined)?.[error.property];
    const slug = value && typeof value === "object" && "slug" in value ? ` (slug "${String(value.slug)}")` : "";
    for (const message of Object.values(error.constraints ?? {})) {
      lines.push(`${file} ${here}${slug}: ${message.replace(/^(property )?\S+ /, `${error.property} `)}`);
    }
    if (error.children?.length) lines.push(...describe(error.children, file, value, `${here}${slug}`));
  }
  return lines;
}
