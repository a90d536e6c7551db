import { GraphQLResolveInfo } from "graphql";
import { EntityProjection, EventProjection, FULL_ENTITY_PROJECTION, FULL_EVENT_FIELDS } from "../../db/projection";
import { EVENT_ALWAYS, EVENT_FIELD_PROPERTIES, propertiesOf } from "./field-properties";
import { childrenOf, entityParts, isCitations, nodeFields, PlanContext, planContextOf, SelectedField } from "./plan";

// howConnected's paths and neighborhood's subgraphs (how-connected.cypher, neighborhood.cypher) read
// of their nodes and relationships only what the operation selects.

/** What a traversal statement reads of the nodes and relationships it returns. */
export interface TraversalProjection {
  entity: EntityProjection;
  event: EventProjection;
  /** Whether each relationship's stored properties are read (its type and ends always are). */
  relationshipProperties: boolean;
}
export const FULL_TRAVERSAL_PROJECTION: TraversalProjection = {
  entity: FULL_ENTITY_PROJECTION,
  event: FULL_EVENT_FIELDS,
  relationshipProperties: true,
};

/** The template's view of a projection (how-connected.cypher, neighborhood.cypher). */
export const traversalView = (projection: TraversalProjection) => ({
  entityProjection: projection.entity,
  eventProjection: projection.event,
  relationshipProperties: projection.relationshipProperties,
});

/** A relationship's fields that are nodes of the traversal (the same objects as its nodes). */
const RELATIONSHIP_NODES = new Set(["from", "to", "event"]);
/** A path step's fields that need neither its relationship's properties nor its event. */
const STEP_SHAPE = new Set(["__typename", "relationship", "direction", "from", "to"]);
/** A subgraph edge's: its id and event id come from the properties that tell relationships apart, which are always read. */
const EDGE_SHAPE = new Set(["__typename", "id", "fromId", "toId", "from", "to", "relationship", "eventId"]);

const named =
  (...names: string[]) =>
  (field: SelectedField) =>
    names.includes(field.node.name.value);
const withUid = <P extends string>(properties: readonly P[]): P[] => [...new Set([...properties, "uid" as P])];
const under = (fields: SelectedField[], ctx: PlanContext) => fields.flatMap((field) => childrenOf(field, ctx));

/**
 * The projection for `nodes` (the fields selected on the traversal's nodes) and `relationships` (on
 * its steps or edges): every node's uid (ids, cursors and edge ids are built from it); of each node
 * what is selected on it, there or under a relationship's `from`, `to` and `event`; and a
 * relationship field beyond its `shape` (its date, certainty, citations, role ...) reads the
 * relationships' properties and, as a participation takes those facts from its event, every event whole.
 */
function traversalProjection(
  nodes: SelectedField[],
  relationships: SelectedField[],
  shape: Set<string>,
  ctx: PlanContext,
): TraversalProjection {
  const all = [...nodes, ...under(relationships.filter(named(...RELATIONSHIP_NODES)), ctx)];
  const facts = relationships.some((field) => !shape.has(field.node.name.value));
  const entity = entityParts(all);
  return {
    entity: { ...entity, properties: withUid(entity.properties) },
    event: facts
      ? FULL_EVENT_FIELDS
      : {
          properties: withUid(propertiesOf(all, EVENT_FIELD_PROPERTIES, EVENT_ALWAYS)),
          citations: all.some((field) => isCitations(field.node.name.value)),
        },
    relationshipProperties: facts,
  };
}

const roots = (info: GraphQLResolveInfo) => info.fieldNodes.map((node) => ({ node, parentType: info.parentType }));

/** What `howConnected` (a list of paths) or `howConnectedConnection` (`paged`) reads for the selection under its field nodes. */
export function pathProjection(info: GraphQLResolveInfo, paged: boolean): TraversalProjection {
  const ctx = planContextOf(info);
  const paths = roots(info).flatMap((root) => (paged ? nodeFields(root, ctx) : childrenOf(root, ctx)));
  return traversalProjection(under(paths.filter(named("nodes")), ctx), under(paths.filter(named("steps")), ctx), STEP_SHAPE, ctx);
}

/** What `neighborhood` reads for the selection under its field nodes. */
export function neighborhoodProjection(info: GraphQLResolveInfo): TraversalProjection {
  const ctx = planContextOf(info);
  const subgraph = roots(info).flatMap((root) => childrenOf(root, ctx));
  return traversalProjection(
    under(subgraph.filter(named("center", "nodes")), ctx),
    under(subgraph.filter(named("edges")), ctx),
    EDGE_SHAPE,
    ctx,
  );
}
