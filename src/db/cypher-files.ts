import * as fs from "node:fs";
import * as path from "node:path";
import Mustache from "mustache";
import { repositoryPath } from "../common/repository-root";
import { EntityProjection, EventProjection, FULL_ENTITY_PROJECTION, FULL_EVENT_FIELDS, propertyList } from "./projection";

/** The repository's cypher/ folder. */
export const CYPHER_DIR = repositoryPath("cypher");

const cache = new Map<string, string>();

/** Mustache escapes HTML by default; the values filled into Cypher are whitelisted tokens, written as they are. */
const noEscape = (text: string) => text;

/**
 * Text of `cypher/queries/<name>.cypher`, read once. Every query the API sends lives in such a file,
 * so a reviewer finds each one in exactly one place and a test can EXPLAIN them all.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, "queries", `${name}.cypher`);
    text = stripComments(fs.readFileSync(file, "utf8"));
    cache.set(name, text);
  }
  return text;
}

/** Every query file's name, for the EXPLAIN test. */
export function allQueryNames(): string[] {
  return fs
    .readdirSync(path.join(CYPHER_DIR, "queries"))
    .filter((f) => f.endsWith(".cypher"))
    .map((f) => f.replace(/\.cypher$/, ""))
    .sort();
}

/** Statements of a schema file (constraints, indexes), split on `;`. */
export function schemaStatements(): string[] {
  const dir = path.join(CYPHER_DIR, "schema");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .flatMap((f) => stripComments(fs.readFileSync(path.join(dir, f), "utf8")).split(";"))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
}

// Queries that vary by structure (relationship types and direction, sort order, optional filters,
// hop bounds, the seed loader's label or relationship type) are written once as a mustache template in cypher/templates/ and generated, one file
// per whitelisted variant, into cypher/queries/generated/ (`npm run cypher:generate`; a unit test
// fails when a generated file is stale). At run time the code only picks a file by name: no Cypher
// text is assembled from fragments, and every variant can be read and EXPLAINed as it is sent.

/** One generated query: its variant name (part of the file name) and the values the template is filled with. */
export interface CypherVariant {
  name: string;
  view: Record<string, unknown>;
}

/** A template and every variant the code may ask for (its whitelist). */
export interface CypherFamily {
  template: string;
  variants: CypherVariant[];
}

export const QUERIES_DIR = path.join(CYPHER_DIR, "queries");
export const GENERATED_DIR = path.join(QUERIES_DIR, "generated");

/** The name (for `cypher()` and `GraphDatabase.read`) of a generated variant. */
export function generatedQuery(template: string, variant = ""): string {
  return variant === "" ? template : `generated/${template}.${variant}`;
}

/**
 * A template with no structural variant, generated as one file named after it in cypher/queries/
 * (so it is read and named like any query file), for the shared partials it uses.
 */
export function singleFile(template: string): CypherFamily {
  return { template, variants: [{ name: "", view: {} }] };
}

const readTemplate = (name: string) => fs.readFileSync(path.join(CYPHER_DIR, "templates", `${name}.cypher`), "utf8");

/** The partials every template may use: `{{> name}}` for cypher/templates/partials/<name>.cypher. */
function partials(): Record<string, string> {
  const dir = path.join(CYPHER_DIR, "templates", "partials");
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".cypher"))
      .map((f) => [f.replace(/\.cypher$/, ""), fs.readFileSync(path.join(dir, f), "utf8").trimEnd()]),
  );
}

let relationshipFilterText: string | undefined;

/**
 * The relationship filter of partials/relationship-filter.cypher (`asOf`, round, date range, certainty)
 * over the given names of the filter's parameter map and the relationship: the generated
 * get-relationships queries and the compiled statements (src/graph/compile/), whose nested
 * subqueries need names of their own, share this one text. The names are the callers' own
 * identifiers, never input.
 */
export function relationshipFilter(group: string, relationship: string): string {
  relationshipFilterText ??= partials()["relationship-filter"];
  return Mustache.render(relationshipFilterText, { g: group, r: relationship }, {}, { escape: noEscape });
}

let entityText: string | undefined;

/**
 * The entity bound to `variable` projected as partials/entity.cypher writes it, with what
 * `projection` reads (all of it for the loaders' queries): the templates and the compiled statements
 * (src/graph/compile/) share this one text.
 */
export function entityProjectionText(
  variable: string,
  projection: { properties: readonly string[]; citations: boolean; aliases: boolean } = FULL_ENTITY_PROJECTION,
): string {
  entityText ??= partials().entity;
  return Mustache.render(
    entityText,
    {
      v: variable,
      properties: propertyList(variable, projection.properties),
      citations: projection.citations,
      aliases: projection.aliases,
    },
    {},
    { escape: noEscape },
  );
}

/** The event bound to `variable` projected the same way: its properties and citations (an event has no aliases). */
export const eventProjectionText = (variable: string, projection: EventProjection = FULL_EVENT_FIELDS): string =>
  entityProjectionText(variable, { ...projection, aliases: false });

/**
 * The text of one variant, as written to its generated file. `{{#entity}}x{{/entity}}` projects the
 * entity bound to `x` the way every query returns entities (partials/entity.cypher);
 * the view's `entityProjection` (projection.ts) narrows it to what a request selects;
 * `{{#event}}x{{/event}}` does the same for an event, narrowed by the view's `eventProjection`;
 * `{{#relationshipFilter}}g r{{/relationshipFilter}}` is relationshipFilter("g", "r").
 */
export function renderVariant(template: string, variant: CypherVariant): string {
  const shared = partials();
  const projection = (variant.view.entityProjection as EntityProjection | undefined) ?? FULL_ENTITY_PROJECTION;
  const entity = () => (variable: string) => entityProjectionText(variable, projection);
  const eventProjection = (variant.view.eventProjection as EventProjection | undefined) ?? FULL_EVENT_FIELDS;
  const event = () => (variable: string) => eventProjectionText(variable, eventProjection);
  const filter = () => (names: string) => {
    const [group, relationship] = names.trim().split(/\s+/);
    return relationshipFilter(group, relationship);
  };
  const view = { ...variant.view, entity, event, relationshipFilter: filter };
  const text = Mustache.render(readTemplate(template), view, shared, { escape: noEscape });
  return `// GENERATED from cypher/templates/${template}.cypher${variant.name ? ` (variant ${variant.name})` : ""} by \`npm run cypher:generate\`; do not edit.\n${stripComments(text)}\n`;
}

const projectedTexts = new Map<string, string>();
const MAX_PROJECTED_TEXTS = 1024;

const variantsByName = new WeakMap<CypherFamily, Map<string, CypherVariant>>();

/**
 * A generated query (`name`, as generatedQuery gives it, of `family`) rendered again with `view` over
 * its variant's view: the statements that read only what an operation selects (a timeline page, a
 * search, a path, a neighbourhood), whose projections take names from projection.ts's whitelists,
 * never from a request. Kept per query and `projection`, which must decide `view`.
 */
export function projectedQuery(family: CypherFamily, name: string, projection: unknown, view: Record<string, unknown>): string {
  const key = `${name}|${JSON.stringify(projection)}`;
  let text = projectedTexts.get(key);
  if (text === undefined) {
    let variants = variantsByName.get(family);
    if (!variants) {
      variants = new Map(family.variants.map((variant) => [generatedQuery(family.template, variant.name), variant]));
      variantsByName.set(family, variants);
    }
    const variant = variants.get(name);
    if (!variant) throw new Error(`${name} is not a generated query of ${family.template}`);
    text = renderVariant(family.template, { name: variant.name, view: { ...variant.view, ...view } });
    if (projectedTexts.size < MAX_PROJECTED_TEXTS) projectedTexts.set(key, text);
  }
  return text;
}

/** Every generated file's path (below cypher/queries/) and text, for the generator and the test that keeps them in sync. */
export function renderFamilies(families: CypherFamily[]): Map<string, string> {
  return new Map(
    families.flatMap((family) =>
      family.variants.map(
        (variant) => [`${generatedQuery(family.template, variant.name)}.cypher`, renderVariant(family.template, variant)] as const,
      ),
    ),
  );
}

/** Query files answering the same columns, as one statement (`a UNION ALL b ...`), e.g. several connections of one level. */
export function unionAll(names: string[]): string {
  return names.map(cypher).join("\nUNION ALL\n");
}

/** A template generated once per bound 1..max (a hop bound, a depth), into variants `<prefix>-<n>`. */
export function boundedFamily(
  template: string,
  prefix: string,
  max: number,
  view: (bound: number) => Record<string, unknown>,
): CypherFamily {
  return { template, variants: Array.from({ length: max }, (_, i) => ({ name: `${prefix}-${i + 1}`, view: view(i + 1) })) };
}

/** The generated file of `bound` in a boundedFamily; a bound outside 1..max is a programming error (arguments are validated first). */
export function boundedQueryName(template: string, prefix: string, max: number, bound: number): string {
  if (!Number.isInteger(bound) || bound < 1 || bound > max) throw new Error(`${template}: ${prefix} ${bound} is outside 1..${max}`);
  return generatedQuery(template, `${prefix}-${bound}`);
}
