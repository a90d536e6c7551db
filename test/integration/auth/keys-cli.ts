import { execFile } from "node:child_process";
import * as path from "node:path";
import { TEST_PASSWORD, testNeo4jUri } from "../../helpers/test-state";

export const ROOT = path.resolve(__dirname, "../../..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command of the keys CLI as a user would, against the test Neo4j unless `env` says otherwise. */
export function runKeys(args: string[], env: Record<string, string | undefined> = {}, viaNpm = false): Promise<CliResult> {
  const [file, argv] = viaNpm ? ["npm", ["run", "--silent", "keys", "--", ...args]] : [process.execPath, ["dist/src/keys/cli.js", ...args]];
  const environment: Record<string, string | undefined> = {
    ...process.env,
    NEO4J_URI: testNeo4jUri(),
    NEO4J_PASSWORD: TEST_PASSWORD,
    LOG_LEVEL: "warn",
    ...env,
  };
  return new Promise((resolve) => {
    execFile(file, argv, { cwd: ROOT, env: environment, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The key a `create` printed: its last line. */
export function keyOf(result: CliResult): string {
  const lines = result.stdout.trimEnd().split("\n");
  return lines[lines.length - 1];
}
