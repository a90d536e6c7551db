/**
 * Two tiers. `unit`: pure code, no Java, Maven or Neo4j (`npm run test:unit`, seconds). `integration`:
 * everything that talks to a real Neo4j (API, protocol audits, hostile corpus, load, browser e2e), over
 * one Neo4j per run started by test/helpers/global-setup.ts through the same launcher as `npm start`.
 * A project's globalSetup runs only when one of its tests is selected, so the unit tier never starts
 * Neo4j. Files run one at a time: the machine has 2 cores and Community Edition has a single user database.
 */
const shared = {
  preset: "ts-jest",
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
};

module.exports = {
  maxWorkers: 1,
  // A global option: jest ignores testTimeout inside a project.
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/test/unit"],
      // Transpiled file by file (isolatedModules), not type-checked: `npm run lint` type-checks them.
      transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/unit/tsconfig.json" }] },
    },
    {
      ...shared,
      displayName: "integration",
      roots: ["<rootDir>/test/integration", "<rootDir>/test/e2e"],
      globalSetup: "<rootDir>/test/helpers/global-setup.ts",
      globalTeardown: "<rootDir>/test/helpers/global-teardown.ts",
    },
  ],
};
