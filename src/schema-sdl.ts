import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { repositoryPath } from "./common/repository-root";

/** The repository's schema/ folder: the committed SDL and the example operations. */
export const SCHEMA_DIR = repositoryPath("schema");

const BANNER = `# ------------------------------------------------------------------
# GENERATED FILE: do not edit. Run \`npm run schema:emit\` to refresh.
# The public schema of ai-industry-graph; a test fails when it differs
# from what the code builds, so every change shows up in review.
# ------------------------------------------------------------------
`;

/** The SDL as committed: sorted (stable diffs) and bannered. */
export function printSchemaWithBanner(schema: GraphQLSchema): string {
  return `${BANNER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
