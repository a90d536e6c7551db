import { seededGlobalId } from "../../common/global-id";
import { boundedFamily, boundedQueryName, cypher, CypherFamily, projectedQuery } from "../../db/cypher-files";
import { FULL_TRAVERSAL_PROJECTION, TraversalProjection, traversalView } from "../compile/traversal-projection";
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

type Kind = "Entity" | "Event" | "Metric" | "Source";

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

/** The links a metric hangs on (what it is about, who reported it) and a source (what it names, what it reports). */
const METRIC_TYPES = ["HAS_METRIC", "REPORTED_BY"];
const SOURCE_TYPES = ["MENTIONS", "REPORTS"];

/** Which optional node kinds a neighbourhood file follows: one generated file per combination and depth. */
interface Included {
  metrics: boolean;
  sources: boolean;
}
const COMBINATIONS: Included[] = [false, true].flatMap((metrics) => [false, true].map((sources) => ({ metrics, sources })));
const prefix = ({ metrics, sources }: Included) =>
  [metrics ? "metrics" : null, sources ? "sources" : null, "depth"].filter(Boolean).join(".");

const family = (included: Included) =>
  boundedFamily("neighborhood", prefix(included), MAX_DEPTH, (depth) => ({
    depth,
    ...included,
    relationshipProperties: true,
    traversalTypes: [...TRAVERSAL_TYPES, ...(included.metrics ? METRIC_TYPES : []), ...(included.sources ? SOURCE_TYPES : [])].join("|"),
  }));

/** Every depth the neighbourhood may take, with and without each optional kind: the whitelist of generated neighborhood files. */
export const NEIGHBORHOOD_QUERIES: CypherFamily = {
  template: "neighborhood",
  variants: COMBINATIONS.flatMap((included) => family(included).variants),
};

/** The generated neighborhood file for `depth` (validated 1..MAX_DEPTH by NeighborhoodArgs), with the optional kinds asked. */
export const neighborhoodQueryName = (depth: number, included: Included = { metrics: false, sources: false }) =>
  boundedQueryName("neighborhood", prefix(included), MAX_DEPTH, depth);

/** The text of that file (for the EXPLAIN tests). */
export function neighborhoodQuery(depth: number, included?: Included): string {
  return cypher(neighborhoodQueryName(depth, included));
}

/**
 * The subgraph around an entity or event, in one Cypher query; an unknown id is NOT_FOUND naming `id`.
 * Of its nodes and relationships it reads what `projection` names (neighborhoodProjection: what the
 * operation selects); the generated file reads them whole.
 */
export async function neighborhood(
  db: GraphDatabase,
  args: NeighborhoodArgs,
  projection: TraversalProjection = FULL_TRAVERSAL_PROJECTION,
): Promise<Subgraph> {
  const center = parseNodeArgument("id", args.id);
  const depth = args.depth ?? DEFAULT_DEPTH;
  const first = args.first ?? DEFAULT_NODES;
  const included = {
    metrics: args.include?.includes(NeighborhoodNodeKind.METRIC) ?? false,
    sources: args.include?.includes(NeighborhoodNodeKind.SOURCE) ?? false,
  };
  const name = neighborhoodQueryName(depth, included);
  const text = projectedQuery(NEIGHBORHOOD_QUERIES, name, projection, traversalView(projection));
  const [row] = await db.readAssembled<NeighborhoodRow>(name, text, {
    entity: center.kind === "Entity" ? center.slug : null,
    entityUid: center.kind === "Entity" ? center.uid : null,
    event: center.kind === "Event" ? center.slug : null,
    eventUid: center.kind === "Event" ? center.uid : null,
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
    id: edgeId(row, from.id, to.id),
    fromId: from.id,
    toId: to.id,
    from,
    to,
    ...facts,
    // Events are never renamed, so a seeded event's id follows from its slug; events the API creates
    // (issue 15) have random uids and must be nodes of the subgraph or carry their uid on the edge.
    eventId: facts.eventSlug ? (byKey.get(nodeKey("Event", facts.eventSlug))?.id ?? seededGlobalId("Event", facts.eventSlug)) : null,
    event: event ?? undefined,
  });
}

/**
 * Stable edge ids, built from the ids of the two ends (stable uids, so a rename keeps them; docs/ids.md)
 * and what tells apart two relationships of one type between the same ends: the role for
 * participation, the event a derived relationship comes from, or the title of a stated one (the same
 * parts as the relationship's `key`, without its slugs).
 */
function edgeId(row: EdgeRow, fromId: string, toId: string): string {
  const { role, eventSlug, title } = row.properties;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const discriminator = row.type === "PARTICIPATED_IN" ? text(role) : eventSlug ? `event:${text(eventSlug)}` : text(title);
  return Buffer.from(`Edge:${row.type}:${fromId}|${toId}|${discriminator}`, "utf8").toString("base64url");
}
