import { graphql } from "./gql";
import { request } from "./request";

/** One request: the founder's companies, who backed them (with the evidence), and who is suing them. */
export const FounderBackersAndLawsuits = graphql(`
  query FounderBackersAndLawsuits($slug: String!) {
    entity(slug: $slug) {
      __typename
      name
      ... on Person {
        founded {
          nodes {
            name
          }
        }
        backers(first: 10) {
          totalCount
          edges {
            node {
              name
            }
            states
            citations {
              quote
              source {
                title
                publisher
              }
            }
          }
        }
        legalActions {
          edges {
            node {
              name
            }
            role
            legalKind
          }
        }
      }
    }
    rateLimit {
      cost
      remaining
    }
  }
`);

/**
 * The answer as lines of text; `result` is fully typed from the schema, no casts. Edges and nodes are
 * nullable (an item that failed to resolve is a null hole, its error in `errors`), so they are skipped.
 */
export async function describeFounder(endpoint: string, slug: string): Promise<string[]> {
  const { entity, rateLimit } = await request(endpoint, FounderBackersAndLawsuits, { slug });
  if (!entity) return [`No entity with slug "${slug}".`];
  const lines = [entity.name];
  if (entity.__typename === "Person") {
    const founded = (entity.founded.nodes ?? []).flatMap((company) => (company ? [company.name] : []));
    lines.push(`Founded: ${founded.join(", ") || "nothing recorded"}`);
    lines.push(`Backed by ${entity.backers.totalCount}:`);
    for (const backer of entity.backers.edges ?? []) {
      if (!backer?.node) continue;
      const evidence = backer.citations[0];
      lines.push(
        `  ${backer.node.name} (${backer.states.join(", ")})${evidence ? `: "${evidence.quote}" (${evidence.source.publisher})` : ""}`,
      );
    }
    for (const action of entity.legalActions.edges ?? []) {
      if (action?.node) lines.push(`${action.legalKind ?? "Legal action"} with ${action.node.name}; ${entity.name} is ${action.role}`);
    }
  }
  lines.push(`This request cost ${rateLimit.cost} points; ${rateLimit.remaining ?? "unlimited"} left.`);
  return lines;
}

// Run with a TypeScript runner against a running API (npm start): `API_URL=... <runner> src/who-backed-and-suing.ts [slug]`.
if (require.main === module) {
  describeFounder(process.env.API_URL ?? "http://localhost:4000/graphql", process.argv[2] ?? "yang-zhilin")
    .then((lines) => console.log(lines.join("\n")))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
