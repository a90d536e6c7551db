export const TEST_PASSWORD = "test-password-123";

/** The test Neo4j's Bolt address; global setup exports it before any test file runs. */
export function testNeo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error("TEST_NEO4J_URI is not set: run the tests through jest (global setup starts Neo4j).");
  return uri;
}
