import { GraphQLResolveInfo } from "graphql";
import { EntityProjection, EventProjection, FULL_ENTITY_PROJECTION, FULL_EVENT_FIELDS } from "../../db/projection";
import { EVENT_ALWAYS, EVENT_FIELD_PROPERTIES, propertiesOf } from "./field-properties";
import { childrenOf, entityParts, isCitations, nodeFields, planContextOf, SelectedField } from "./plan";

/** What a how-connected statement reads of the nodes and relationships of its paths. */
export interface PathProjection {
  entity: EntityProjection;
  event: EventProjection;
  /** Whether each relationship's stored properties are read (its type and direction always are). */
  relationshipProperties: boolean;
}
export const FULL_PATH_PROJECTION: PathProjection = {
  entity: FULL_ENTITY_PROJECTION,
  event: FULL_EVENT_FIELDS,
  relationshipProperties: true,
};

/** A step's fields that need neither its relationship's properties nor its event: they come from the path's shape. */
const STEP_SHAPE = new Set(["__typename", "relationship", "direction", "from", "to"]);
/** A step's fields that are nodes of the path (the same objects as `nodes`). */
const STEP_NODES = new Set(["from", "to", "event"]);

const named = (names: Set<string>) => (field: SelectedField) => names.has(field.node.name.value);
const withUid = <P extends string>(properties: readonly P[]): P[] => [...new Set([...properties, "uid" as P])];

/**
 * What `howConnected` (a list of paths) or `howConnectedConnection` (`paged`) reads for the selection
 * under its field nodes. A node's fields are those selected under `nodes` and under a step's `from`,
 * `to` and `event`, through fragments; every node's uid is read (a page's cursors are its nodes' ids).
 * A step field other than its type, direction and ends (its date, certainty, citations, role ...)
 * reads the relationship's properties and, as a participation takes those facts from its event, every
 * event whole.
 */
export function pathProjection(info: GraphQLResolveInfo, paged: boolean): PathProjection {
  const ctx = planContextOf(info);
  const roots = info.fieldNodes.map((node) => ({ node, parentType: info.parentType }));
  const paths = roots.flatMap((root) => (paged ? nodeFields(root, ctx) : childrenOf(root, ctx)));
  const steps = paths.filter(named(new Set(["steps"]))).flatMap((field) => childrenOf(field, ctx));
  const nodes = [
    ...paths.filter(named(new Set(["nodes"]))).flatMap((field) => childrenOf(field, ctx)),
    ...steps.filter(named(STEP_NODES)).flatMap((field) => childrenOf(field, ctx)),
  ];
  const stepFacts = steps.some((field) => !STEP_SHAPE.has(field.node.name.value));
  const entity = entityParts(nodes);
  return {
    entity: { ...entity, properties: withUid(entity.properties) },
    event: stepFacts
      ? FULL_EVENT_FIELDS
      : {
          properties: withUid(propertiesOf(nodes, EVENT_FIELD_PROPERTIES, EVENT_ALWAYS)),
          citations: nodes.some((f) => isCitations(f.node.name.value)),
        },
    relationshipProperties: stepFacts,
  };
}
