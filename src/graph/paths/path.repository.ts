import { boundedFamily, boundedQueryName, cypher, projectedQuery } from "../../db/cypher-files";
import { FULL_TRAVERSAL_PROJECTION, TraversalProjection, traversalView } from "../compile/traversal-projection";
import { TRAVERSAL_TYPES } from "../../common/vocabulary";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";
import { RelationshipDirection } from "../../common/enums";
import { Event } from "../event/event.type";
import {
  endpointParams,
  GraphNodeRow,
  GraphRelationshipRow,
  NodeArgumentNotFoundError,
  nodeFromRow,
  parseNodeArgument,
  sameNodeRef,
  relationshipFacts,
} from "./graph-rows";
import { DEFAULT_MAX_HOPS, DEFAULT_PATHS, HowConnectedArgs, MAX_MAX_HOPS } from "./path.args";
import { Path, PathStep } from "./path.type";

interface PathRow {
  nodes: GraphNodeRow[];
  relationships: (GraphRelationshipRow & { outgoing: boolean })[];
}

interface HowConnectedRow {
  fromFound: boolean;
  toFound: boolean;
  fromNode: GraphNodeRow | null;
  paths: PathRow[];
}

/** Every hop bound maxHops may take: the whitelist of generated how-connected files. */
export const HOW_CONNECTED_QUERIES = boundedFamily("how-connected", "hops", MAX_MAX_HOPS, (maxHops) => ({
  maxHops,
  traversalTypes: TRAVERSAL_TYPES.join("|"),
  relationshipProperties: true,
}));

/** The generated how-connected file for `maxHops` (validated 1..MAX_MAX_HOPS by HowConnectedArgs). */
export const howConnectedQueryName = (maxHops: number) => boundedQueryName("how-connected", "hops", MAX_MAX_HOPS, maxHops);

/** The text of that file (for the EXPLAIN tests). */
export function howConnectedQuery(maxHops: number): string {
  return cypher(howConnectedQueryName(maxHops));
}

/**
 * The shortest paths between two entities or events, in one Cypher query. Unknown ids are errors
 * (NOT_FOUND naming the argument); the same id at both ends is a single path of length 0. Of the
 * paths' nodes and relationships it reads what `projection` names (pathProjection: what the
 * operation selects).
 */
export async function howConnected(
  db: GraphDatabase,
  args: HowConnectedArgs,
  projection: TraversalProjection = FULL_TRAVERSAL_PROJECTION,
): Promise<Path[]> {
  const from = parseNodeArgument("fromId", args.fromId);
  const to = parseNodeArgument("toId", args.toId);
  const maxHops = args.maxHops ?? DEFAULT_MAX_HOPS;
  const first = args.first ?? DEFAULT_PATHS;
  const name = howConnectedQueryName(maxHops);
  // The generated file reads the paths whole; this reads only what `projection` names.
  const text = projectedQuery(HOW_CONNECTED_QUERIES, name, projection, traversalView(projection));
  const [row] = await db.readAssembled<HowConnectedRow>(name, text, {
    ...endpointParams("from", from),
    ...endpointParams("to", to),
    first: int(first),
  });
  if (!row?.fromFound) throw new NodeArgumentNotFoundError("fromId", args.fromId);
  if (!row.toFound) throw new NodeArgumentNotFoundError("toId", args.toId);
  if (sameNodeRef(from, to)) {
    return [{ length: 0, nodes: [nodeFromRow(row.fromNode!)], steps: [] }];
  }
  return row.paths.map(pathFromRow);
}

function pathFromRow(row: PathRow): Path {
  const nodes = row.nodes.map(nodeFromRow);
  const steps = row.relationships.map((rel, i): PathStep => {
    const from = nodes[i];
    const to = nodes[i + 1];
    const event = [from, to].find((n): n is Event => n instanceof Event) ?? null;
    const { event: participationEvent, ...facts } = relationshipFacts(rel, event);
    return Object.assign(new PathStep(), {
      from,
      to,
      direction: rel.outgoing ? RelationshipDirection.OUTGOING : RelationshipDirection.INCOMING,
      ...facts,
      event: participationEvent ?? undefined,
    });
  });
  return { length: steps.length, nodes, steps };
}
