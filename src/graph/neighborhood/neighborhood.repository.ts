import { toGlobalId } from "../../common/global-id";
import { boundedFamily, boundedQueryName, cypher, CypherFamily } from "../../db/cypher-files";
import { TRAVERSAL_TYPES } from "../../common/vocabulary";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";
import { Event } from "../event/event.type";
import { Metric } from "../metric/metric.type";
import { Node } from "../node/node.type";
import {
  GraphNodeRow,
  GraphRelationshipRow,
  keyOfNode,
  NodeArgumentNotFoundError,
  nodeFromRow,
  nodeKey,
  parseNodeArgument,
  relationshipFacts,
} from "../paths/graph-rows";
import { DEFAULT_DEPTH, DEFAULT_NODES, MAX_DEPTH, MAX_EDGES, NeighborhoodArgs, NeighborhoodNodeKind } from "./neighborhood.args";
import { Subgraph, SubgraphEdge } from "./neighborhood.type";

type Kind = "Entity" | "Event" | "Metric";

interface EdgeRow extends GraphRelationshipRow {
  fromKind: Kind;
  fromSlug: string;
  toKind: Kind;
  toSlug: string;
}

interface NeighborhoodRow {
  found: boolean;
  truncated: boolean;
  nodes: GraphNodeRow[];
  edges: EdgeRow[];
}

/** The relationships a metric hangs on: what it is about, who reported it. */
const METRIC_TYPES = ["HAS_METRIC", "REPORTED_BY"];
const family = (withMetrics: boolean) =>
  boundedFamily("neighborhood", withMetrics ? "metrics.depth" : "depth", MAX_DEPTH, (depth) => ({
    depth,
    metrics: withMetrics,
    traversalTypes: [...TRAVERSAL_TYPES, ...(withMetrics ? METRIC_TYPES : [])].join("|"),
  }));

/** Every depth the neighbourhood may take, without and with metrics: the whitelist of generated neighborhood files. */
export const NEIGHBORHOOD_QUERIES: CypherFamily = {
  template: "neighborhood",
  variants: [false, true].flatMap((withMetrics) => family(withMetrics).variants),
};

/** The generated neighborhood file for `depth` (validated 1..MAX_DEPTH by NeighborhoodArgs), with metrics or not. */
export const neighborhoodQueryName = (depth: number, withMetrics = false) =>
  boundedQueryName("neighborhood", withMetrics ? "metrics.depth" : "depth", MAX_DEPTH, depth);

/** The text of that file (for the EXPLAIN tests). */
export function neighborhoodQuery(depth: number, withMetrics = false): string {
  return cypher(neighborhoodQueryName(depth, withMetrics));
}

/** The subgraph around an entity or event, in one Cypher query; an unknown id is NOT_FOUND naming `id`. */
export async function neighborhood(db: GraphDatabase, args: NeighborhoodArgs): Promise<Subgraph> {
  const center = parseNodeArgument("id", args.id);
  const depth = args.depth ?? DEFAULT_DEPTH;
  const first = args.first ?? DEFAULT_NODES;
  const withMetrics = args.include?.includes(NeighborhoodNodeKind.METRIC) ?? false;
  const [row] = await db.read<NeighborhoodRow>(neighborhoodQueryName(depth, withMetrics), {
    entity: center.kind === "Entity" ? center.slug : null,
    event: center.kind === "Event" ? center.slug : null,
    first: int(first),
    maxEdges: int(MAX_EDGES),
  });
  if (!row?.found) throw new NodeArgumentNotFoundError("id", args.id);
  const nodes = row.nodes.map(nodeFromRow);
  const byKey = new Map(nodes.map((node) => [keyOfNode(node), node]));
  const edges = row.edges.map((edge) => edgeFromRow(edge, byKey));
  return { center: nodes[0], nodes, edges, truncated: row.truncated };
}

function edgeFromRow(row: EdgeRow, byKey: Map<string, Node>): SubgraphEdge {
  const from = byKey.get(nodeKey(row.fromKind, row.fromSlug));
  const to = byKey.get(nodeKey(row.toKind, row.toSlug));
  if (!from || !to) throw new Error(`Subgraph edge ${row.type} ${row.fromSlug} -> ${row.toSlug} has an end outside the subgraph`);
  const participationEvent = to instanceof Event ? to : null;
  const metric = to instanceof Metric ? to : from instanceof Metric ? from : null;
  const { event, ...facts } = relationshipFacts(row, participationEvent, metric);
  return Object.assign(new SubgraphEdge(), {
    id: edgeId(row),
    fromId: from.id,
    toId: to.id,
    from,
    to,
    ...facts,
    eventId: facts.eventSlug ? toGlobalId("Event", facts.eventSlug) : null,
    event: event ?? undefined,
  });
}

/**
 * Stable edge ids: relationships carry a `key` unique for their type (the loader MERGEs on it);
 * participation is unique per entity, event and role.
 */
function edgeId(row: EdgeRow): string {
  const { role, key } = row.properties;
  const local =
    row.type === "PARTICIPATED_IN"
      ? `${row.fromSlug}|${row.toSlug}|${typeof role === "string" ? role : ""}`
      : typeof key === "string"
        ? key
        : `${row.fromKind}:${row.fromSlug}|${row.toKind}:${row.toSlug}`;
  return Buffer.from(`Edge:${row.type}:${local}`, "utf8").toString("base64url");
}
