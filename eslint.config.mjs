// ESLint for the TypeScript (type-aware: floating and misused promises, unsafe any) and for the
// explorer's browser modules; formatting is Prettier's job, so eslint-config-prettier comes last.
import eslint from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // examples/client/ imports types generated on demand (src/gql/, not committed); the unit test
  // test/unit/client-example.test.ts generates them and type-checks the example strictly instead.
  { ignores: ["dist/", "coverage/", "launcher/target/", "node_modules/", "bench/results/", "examples/client/"] },
  eslint.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      // Apollo's plugin hooks and our own promise-returning interfaces are implemented as async
      // methods whether or not they await: the rule would have them rewritten as Promise.resolve.
      "@typescript-eslint/require-await": "off",
      // `_name` marks a parameter or destructured field that is deliberately unused.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Tests and the benchmark read GraphQL responses as untyped JSON and assert on their shape with
    // expect(); typing every response would restate the schema by hand (a typed client generated from
    // schema/schema.graphql is the place for that). The promise rules and everything else stay on.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["src/explorer/public/**/*.js"],
    languageOptions: { sourceType: "module", globals: globals.browser },
  },
  {
    files: ["**/*.cjs", "jest.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
  {
    files: ["**/*.mjs", "test/**/*.js"],
    languageOptions: { sourceType: "module", globals: globals.node },
  },
  prettier,
);
