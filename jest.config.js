/**
 * One Neo4j per test run (started by test/helpers/global-setup.ts through the same launcher as
 * `npm start`), shared by the files, which run one at a time: the machine has 2 cores and
 * Community Edition has a single user database.
 */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/test/helpers/global-teardown.ts",
  maxWorkers: 1,
  testTimeout: 60000,
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
};
