import { cypher } from "../db/cypher-files";

/**
 * Fills `{{NAME}}` placeholders of a query file with fragments picked from a whitelist by the caller
 * (sort direction, which MATCH to start from). User input never reaches the text; it goes in
 * parameters. Unknown or missing placeholders are programming errors and throw.
 */
export function cypherTemplate(name: string, fragments: Record<string, string>): string {
  const text = cypher(name).replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    const fragment = fragments[key];
    if (fragment === undefined) throw new Error(`Query ${name} needs fragment ${key}`);
    return fragment;
  });
  return text;
}
