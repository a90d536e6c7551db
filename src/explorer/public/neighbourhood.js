// The subgraph around an entity, as plain nodes and edges for the graph view. Uses the API's
// `neighborhood` root field when the server has it; otherwise assembles the same picture from the
// entity's relationship connections and events (one query either way).

import { gql, rootFields } from "./api.js";

const ENTITY = "fragment E on Entity { id slug name type kinds }";
const CITATION = "fragment C on Citation { quote source { title publisher publishedAt url } }";
const LINK = "relationship certainty date { text } citations { ...C } node { ...E }";

// Each connection, and which way its relationship points: "out" = from the entity to `node`.
const CONNECTIONS = {
  Organization: {
    investors: "in", portfolio: "out", people: "in", acquisitions: "out", acquiredBy: "in",
    legalActions: "role", parents: "out", subsidiaries: "in", positioning: "out", products: "out",
  },
  Person: { roles: "out", moves: "out", personLegalActions: "role" },
  Product: { owners: "in" },
};

function connectionSelections() {
  return Object.entries(CONNECTIONS)
    .map(([type, fields]) => {
      const body = Object.keys(fields)
        .map((field) => {
          const real = field === "personLegalActions" ? "personLegalActions: legalActions" : field;
          const extra = field.endsWith("egalActions") ? " role" : field === "roles" || field === "people" ? " title" : "";
          return `${real}(first: 50) { edges { ${LINK}${extra} } }`;
        })
        .join("\n");
      return `... on ${type} { ${body} }`;
    })
    .join("\n");
}

const AROUND_QUERY = `query ExplorerAround($slug: String!) {
  entity(slug: $slug) {
    ...E
    events(first: 50) { edges { roles node { id slug type title certainty date { text } participants { role entity { ...E } } } } }
    ${connectionSelections()}
  }
} ${ENTITY} ${CITATION}`;

/** A graph node for an entity. */
export function entityNode(entity) {
  return { id: entity.id, kind: "entity", slug: entity.slug, label: entity.name, type: entity.type, kinds: entity.kinds ?? [] };
}

/** A graph node for an event. */
export function eventNode(event) {
  return {
    id: event.id, kind: "event", slug: event.slug, label: shorten(event.title, 48), title: event.title,
    eventType: event.eventType ?? event.type, date: event.date?.text ?? null, certainty: event.certainty ?? null,
  };
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A graph edge; the id is stable across queries so merging two neighbourhoods keeps one copy. */
export function relationEdge(source, target, relationship, fields = {}) {
  return {
    id: `${source}|${relationship}|${target}`, source, target, relationship,
    label: relationship.toLowerCase().replace(/_/g, " "),
    date: fields.date?.text ?? fields.date ?? null,
    certainty: fields.certainty ?? null,
    citations: fields.citations ?? [],
    title: fields.title ?? null,
  };
}

/**
 * Nodes and edges around a node (entity with this slug, or the node with this id), or null when
 * there is no such entity.
 */
export async function loadNeighbourhood(slug, id) {
  const fields = await rootFields();
  if (fields.has("neighborhood")) {
    if (!id) {
      const data = await gql("query ExplorerEntityId($slug: String!) { entity(slug: $slug) { id } }", { slug });
      if (!data.entity) return null;
      id = data.entity.id;
    }
    return viaNeighborhoodField(id);
  }
  const data = await gql(AROUND_QUERY, { slug });
  const entity = data.entity;
  if (!entity) return null;
  const nodes = new Map([[entity.id, entityNode(entity)]]);
  const edges = new Map();
  const addEdge = (edge) => edges.set(edge.id, edge);

  for (const [field, direction] of Object.entries(connectionsOf(entity))) {
    for (const link of entity[field]?.edges ?? []) {
      nodes.set(link.node.id, entityNode(link.node));
      const out = direction === "out" || (direction === "role" && link.role === "CLAIMANT");
      addEdge(out ? relationEdge(entity.id, link.node.id, link.relationship, link) : relationEdge(link.node.id, entity.id, link.relationship, link));
    }
  }
  for (const { node: event } of entity.events?.edges ?? []) {
    nodes.set(event.id, eventNode(event));
    for (const participant of event.participants ?? []) {
      if (!nodes.has(participant.entity.id)) nodes.set(participant.entity.id, entityNode(participant.entity));
      addEdge(relationEdge(participant.entity.id, event.id, participant.role, { date: event.date, certainty: event.certainty }));
    }
  }
  return { center: entity.id, nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

function connectionsOf(entity) {
  const byType = { ORGANIZATION: CONNECTIONS.Organization, PERSON: CONNECTIONS.Person, PRODUCT: CONNECTIONS.Product };
  return byType[entity.type] ?? {};
}

const NEIGHBORHOOD_QUERY = `query ExplorerNeighborhood($id: ID!, $depth: Int, $first: Int) {
  neighborhood(id: $id, depth: $depth, first: $first) {
    truncated
    center { id }
    nodes { id ... on Entity { ...E } ... on Event { slug eventType: type title certainty date { text } } }
    edges { id fromId toId relationship role title certainty date { text } citations { ...C } }
  }
} ${ENTITY} ${CITATION}`;

/**
 * One hop: an entity's direct relationships and its events. Clicking a node (an event too) expands
 * it, which is how a reader walks on (co-participants of an event are two hops away).
 */
const DEPTH = 1;
const MAX_NODES = 50;

/** Turns a node of the API (entity or event) into a graph node. */
export function graphNode(node) {
  return node.title !== undefined ? eventNode(node) : entityNode(node);
}

async function viaNeighborhoodField(id) {
  const data = await gql(NEIGHBORHOOD_QUERY, { id, depth: DEPTH, first: MAX_NODES });
  const subgraph = data.neighborhood;
  return {
    center: subgraph.center.id,
    truncated: subgraph.truncated,
    nodes: subgraph.nodes.map(graphNode),
    edges: subgraph.edges.map((edge) => ({
      ...relationEdge(edge.fromId, edge.toId, edge.relationship === "PARTICIPATED_IN" && edge.role ? edge.role : edge.relationship, edge),
      id: edge.id,
      relationship: edge.relationship,
      role: edge.role,
    })),
  };
}
