// The subgraph around a node, as plain nodes and edges for the graph view (`neighborhood`).

import { gql } from "./api.js";

const ENTITY = "fragment E on Entity { id slug name type kinds }";
const CITATION = "fragment C on Citation { quote source { title publisher publicationDate { text } url } }";

const NEIGHBORHOOD_QUERY = `query ExplorerNeighborhood($id: ID!, $depth: Int, $first: Int) {
  neighborhood(id: $id, depth: $depth, first: $first) {
    truncated
    center { id }
    nodes { id ... on Entity { ...E } ... on Event { slug eventType: type title certainty disputed date { text } } }
    edges { id fromId toId relationship role jobTitle certainty disputed claimCount date { text } citations { ...C } }
  }
} ${ENTITY} ${CITATION}`;

/**
 * One hop: an entity's direct relationships and its events. Clicking a node (an event too) expands
 * it, which is how a reader walks on (co-participants of an event are two hops away).
 */
const DEPTH = 1;
const MAX_NODES = 50;

/** A graph node for an entity. */
export function entityNode(entity) {
  return { id: entity.id, kind: "entity", slug: entity.slug, label: entity.name, type: entity.type, kinds: entity.kinds ?? [] };
}

/** A graph node for an event. */
export function eventNode(event) {
  return {
    id: event.id,
    kind: "event",
    slug: event.slug,
    label: shorten(event.title, 48),
    title: event.title,
    eventType: event.eventType ?? event.type,
    date: event.date?.text ?? null,
    certainty: event.certainty ?? null,
    disputed: event.disputed === true,
  };
}

/** Turns a node of the API (entity or event) into a graph node. */
export function graphNode(node) {
  return node.title !== undefined ? eventNode(node) : entityNode(node);
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The label of a relationship or step: the part played for event participation, else the relationship. */
export function edgeLabel(edge) {
  const shown = edge.relationship === "PARTICIPATED_IN" && edge.role ? edge.role : edge.relationship;
  return shown.toLowerCase().replace(/_/g, " ");
}

/** What a drawn edge knows of its fact, whichever query it came from (neighbourhood edge or path step). */
export function edgeFacts(edge) {
  return {
    relationship: edge.relationship,
    role: edge.role ?? null,
    label: edgeLabel(edge),
    date: edge.date?.text ?? null,
    certainty: edge.certainty ?? null,
    disputed: edge.disputed === true,
    claimCount: edge.claimCount ?? null,
    citations: edge.citations ?? [],
    title: edge.jobTitle ?? null,
  };
}

/** A graph edge of the neighbourhood. */
export function graphEdge(edge) {
  return { id: edge.id, source: edge.fromId, target: edge.toId, ...edgeFacts(edge) };
}

/**
 * Nodes and edges around a node: the one with global id `id`, else the entity with this slug; null
 * when there is no such entity.
 */
export async function loadNeighbourhood(slug, id) {
  if (!id) {
    const data = await gql("query ExplorerEntityId($slug: String!) { entity(slug: $slug) { id } }", { slug });
    if (!data.entity) return null;
    id = data.entity.id;
  }
  const data = await gql(NEIGHBORHOOD_QUERY, { id, depth: DEPTH, first: MAX_NODES });
  const subgraph = data.neighborhood;
  return {
    center: subgraph.center.id,
    truncated: subgraph.truncated,
    nodes: subgraph.nodes.map(graphNode),
    edges: subgraph.edges.map(graphEdge),
  };
}
