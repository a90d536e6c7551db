// "How connected": the API's shortest paths between two entities, as nodes and cited steps.

import { gql } from "./api.js";
import { edgeFacts, graphNode } from "./neighbourhood.js";

const NODE = `id
  ... on Entity { slug name type kinds }
  ... on Event { slug eventType: type title certainty disputed date { text } }`;

const PATHS_QUERY = `query ExplorerHowConnected($fromId: ID!, $toId: ID!, $maxHops: Int, $first: Int) {
  howConnected(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: $first) {
    length
    nodes { ${NODE} }
    steps {
      from { id }
      to { id }
      relationship
      direction
      role
      jobTitle
      certainty
      disputed
      claimCount
      date { text }
      citations { quote source { title publisher publicationDate { text } url } }
    }
  }
}`;

/** Up to `first` shortest paths of at most `maxHops` steps, each step with its evidence. */
export async function loadPaths(from, to, maxHops, first = 3) {
  const data = await gql(PATHS_QUERY, { fromId: from.id, toId: to.id, maxHops, first });
  return data.howConnected.map((path, pathIndex) => {
    const nodes = path.nodes.map(graphNode);
    const label = (id) => {
      const node = nodes.find((n) => n.id === id);
      return node?.title ?? node?.label ?? "?";
    };
    const edges = path.steps.map((step, stepIndex) => {
      // INCOMING: the step walks the stored relationship backwards; draw it the way it is stored.
      const backwards = step.direction === "INCOMING";
      const [source, target] = backwards ? [step.to.id, step.from.id] : [step.from.id, step.to.id];
      return {
        id: `${source}|${step.relationship}|${target}`,
        source,
        target,
        ...edgeFacts(step),
        stepKey: `${pathIndex + 1}-${stepIndex + 1}`,
        fromLabel: label(step.from.id),
        toLabel: label(step.to.id),
        backwards,
      };
    });
    return { length: path.length, nodes, edges };
  });
}
