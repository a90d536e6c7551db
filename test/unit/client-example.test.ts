import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import * as ts from "typescript";

const EXAMPLE = path.resolve(__dirname, "../../examples/client");
const SOURCES = ["src/who-backed-and-suing.ts", "src/request.ts"].map((file) => path.join(EXAMPLE, file));

/**
 * Runs graphql-codegen with examples/client/codegen.ts and prints its files as JSON instead of
 * writing them. In a child Node process: the codegen packages load ES modules, which Jest's module
 * runtime cannot require.
 */
const GENERATE = `
const { executeCodegen, loadCodegenConfig } = require("@graphql-codegen/cli");
(async () => {
  const { config } = await loadCodegenConfig({ configFilePath: "codegen.ts" });
  const { result, error } = await executeCodegen({ ...config, cwd: process.cwd() });
  if (error) throw error;
  process.stdout.write(JSON.stringify(result.map((f) => [f.filename, f.content])));
})().catch((e) => { console.error(e); process.exit(1); });
`;

/** The client preset's files for the committed SDL, generated in memory (absolute path -> text). */
async function generatedFiles(): Promise<Map<string, string>> {
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", GENERATE], { cwd: EXAMPLE, maxBuffer: 10_000_000 });
  const files = JSON.parse(stdout) as [string, string][];
  return new Map(files.map(([file, content]) => [path.resolve(EXAMPLE, file), content]));
}

/** Type errors of the example compiled with `generated` in place of src/gql/ (plus `extra` files). */
function typeErrors(generated: Map<string, string>, extra = new Map<string, string>()): string[] {
  const virtual = new Map([...generated, ...extra]);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: ["node"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSource = host.getSourceFile.bind(host);
  host.readFile = (file) => virtual.get(path.resolve(file)) ?? read(file);
  host.fileExists = (file) => virtual.has(path.resolve(file)) || exists(file);
  const directories = new Set([...virtual.keys()].map((file) => path.dirname(file)));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) => directories.has(path.resolve(dir)) || (directoryExists?.(dir) ?? true);
  host.getSourceFile = (file, language, onError) => {
    const text = virtual.get(path.resolve(file));
    return text === undefined ? getSource(file, language, onError) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...SOURCES, ...extra.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file ? path.relative(EXAMPLE, d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

/** Reads a field the query did not ask for, and a nullable one without a check: both must fail. */
const PROBE = `import type { ResultOf } from "@graphql-typed-document-node/core";
import { FounderBackersAndLawsuits } from "./who-backed-and-suing";
export const wrong = (r: ResultOf<typeof FounderBackersAndLawsuits>) => r.entity?.slug;
export const nullable = (r: ResultOf<typeof FounderBackersAndLawsuits>) => r.entity.name;`;

// The typed client example (examples/client/) is generated from schema/schema.graphql and compiled
// here, so a schema change that breaks what app builders were shown fails the unit tests.
describe("examples/client: graphql-codegen's client preset against the committed SDL", () => {
  let generated: Map<string, string>;
  let errors: string[];
  beforeAll(async () => {
    generated = await generatedFiles();
    // One program for the example and the probe: type-checking is most of this test's time.
    errors = typeErrors(generated, new Map([[path.join(EXAMPLE, "src", "probe.ts"), PROBE]]));
  }, 60_000);

  it("generates the typed graphql() function and the operation's document", () => {
    const gql = [...generated].find(([file]) => file.endsWith(path.join("src", "gql", "gql.ts")))?.[1];
    expect(gql).toContain("query FounderBackersAndLawsuits($slug: String!)");
    expect([...generated.values()].join("\n")).toContain("FounderBackersAndLawsuitsQuery");
  });

  it("type-checks the example with the TypeScript compiler", () => {
    expect(errors.filter((e) => !e.startsWith("src/probe.ts"))).toEqual([]);
  });

  it("fails to type-check code that reads a field the query did not ask for", () => {
    expect(errors.filter((e) => e.startsWith("src/probe.ts"))).toEqual([
      expect.stringMatching(/^src\/probe\.ts: Property 'slug' does not exist/),
      expect.stringMatching(/^src\/probe\.ts: 'r\.entity' is possibly 'null'/),
    ]);
  });
});
