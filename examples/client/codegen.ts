import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * graphql-codegen's client preset over the committed SDL: `src/gql/` gets a typed `graphql()`
 * function, so every document written with it carries its result and variable types. Paths are
 * relative to this folder (run `npx graphql-codegen --config codegen.ts` here).
 */
const config: CodegenConfig = {
  schema: "../../schema/schema.graphql",
  documents: ["src/**/*.ts", "!src/gql/**"],
  generates: {
    "src/gql/": {
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
  silent: true,
};

export default config;
