import "reflect-metadata";
import { GraphQLSchema, OperationDefinitionNode, parse, print } from "graphql";
import { dryRunDocument } from "../../src/graph/rate-limit/dry-run";
import { buildAppSchema } from "../../src/schema";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
}, 60_000);

/** The operation dryRunDocument would execute instead (printed), or null for an ordinary run. */
function dryRunOf(query: string, variables?: Record<string, unknown>): string | null {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const pruned = dryRunDocument(schema, document, operation, variables);
  return pruned ? print(pruned.definitions[0]) : null;
}

describe("dryRunDocument", () => {
  const entity = `entity(slug: "moonshot-ai") { name }`;

  it("is null unless a root rateLimit field asks dryRun: true", () => {
    expect(dryRunOf(`{ ${entity} }`)).toBeNull();
    expect(dryRunOf(`{ rateLimit { cost } ${entity} }`)).toBeNull();
    expect(dryRunOf(`{ rateLimit(dryRun: false) { cost } ${entity} }`)).toBeNull();
  });

  it("cuts the operation down to its rateLimit fields", () => {
    const pruned = dryRunOf(`query Q { a: rateLimit(dryRun: true) { cost } ${entity} b: rateLimit { remaining } }`);
    expect(pruned).toContain("a: rateLimit(dryRun: true)");
    expect(pruned).toContain("b: rateLimit");
    expect(pruned).not.toContain("entity");
  });

  it("reads dryRun from variables, defaults, fragments and @skip/@include", () => {
    const byVariable = `query Q($dry: Boolean = true) { rateLimit(dryRun: $dry) { cost } ${entity} }`;
    expect(dryRunOf(byVariable)).not.toBeNull();
    expect(dryRunOf(byVariable, { dry: false })).toBeNull();
    expect(dryRunOf(`query Q { ...Plan ${entity} } fragment Plan on Query { rateLimit(dryRun: true) { cost } }`)).toContain("rateLimit");
    expect(dryRunOf(`query Q($s: Boolean!) { rateLimit(dryRun: true) @skip(if: $s) { cost } ${entity} }`, { s: true })).toBeNull();
    expect(dryRunOf(`query Q { ... @include(if: false) { rateLimit(dryRun: true) { cost } } ${entity} }`)).toBeNull();
  });

  it("is null when the variables do not coerce (execution reports them)", () => {
    expect(dryRunOf(`query Q($dry: Boolean!) { rateLimit(dryRun: $dry) { cost } }`, { dry: "yes" })).toBeNull();
  });
});
