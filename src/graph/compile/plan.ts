import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLResolveInfo,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLSkipDirective,
  isInterfaceType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from "graphql";
import { MAX_PAGE_SIZE } from "../../common/pagination";
import { ConnectionName, RELATIONSHIP_CONNECTIONS } from "../../common/vocabulary";
import { RelationshipSelection } from "../relationship/relationship.repository";
import { relationshipSelection } from "../relationship/relationship.resolver";
import { selectionKey } from "./prefetched";
import { EntityProjection, RelationshipProperty } from "../../db/projection";
import { ENTITY_ALWAYS, ENTITY_FIELD_PROPERTIES, propertiesOf, RELATIONSHIP_FIELD_PROPERTIES } from "./field-properties";

/** What one entity of a compiled statement projects: optional parts of the entity, and its connections. */
export interface EntityPlan extends EntityProjection {
  connections: ConnectionPlan[];
}

/** One relationship connection of an entity: its validated arguments, what of it is selected, and its nodes' plan. */
export interface ConnectionPlan {
  /** The key its page is filed under (prefetched.ts), from the validated arguments. */
  key: string;
  selection: RelationshipSelection;
  totalCount: boolean;
  /** An edge field besides `node` and `cursor` is selected: the relationship is read. */
  relationship: boolean;
  /** The relationship's stored properties the selected edge fields read (field-properties.ts). */
  relationshipProperties: RelationshipProperty[];
  /** The edge's `citations` (or `citationsConnection`) is selected: the relationship's cited quotes are read. */
  relationshipCitations: boolean;
  node: EntityPlan;
}

/** What a plan needs from the operation besides the field nodes (the parts of GraphQLResolveInfo it reads). */
export interface PlanContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/** A field as selected, with the type whose selection set it appeared in (a fragment's type condition). */
export interface SelectedField {
  node: FieldNode;
  parentType: GraphQLNamedType;
}

const isConnectionName = (name: string): name is ConnectionName => Object.prototype.hasOwnProperty.call(RELATIONSHIP_CONNECTIONS, name);

/** The fields a selection set selects, through fragments and inline fragments, honouring @skip and @include. */
export function selectedFields(
  set: SelectionSetNode | undefined,
  parentType: GraphQLNamedType,
  ctx: PlanContext,
  out: SelectedField[] = [],
) {
  for (const selection of set?.selections ?? []) {
    if (!included(selection, ctx)) continue;
    if (selection.kind === Kind.FIELD) out.push({ node: selection, parentType });
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? ctx.schema.getType(selection.typeCondition.name.value) : parentType;
      if (type) selectedFields(selection.selectionSet, type, ctx, out);
    } else {
      const fragment = ctx.fragments[selection.name.value];
      const type = fragment && ctx.schema.getType(fragment.typeCondition.name.value);
      if (type) selectedFields(fragment.selectionSet, type, ctx, out);
    }
  }
  return out;
}

function included(node: Parameters<typeof getDirectiveValues>[1], ctx: PlanContext): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, ctx.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, ctx.variableValues)?.if !== false;
}

/** The field's definition on the type it was selected on, when that type has it. */
export function fieldOf(field: SelectedField) {
  const type = field.parentType;
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[field.node.name.value] : undefined;
}

/** The fields selected directly under `field`, through fragments. */
export function childrenOf(field: SelectedField, ctx: PlanContext): SelectedField[] {
  const definition = fieldOf(field);
  return definition ? selectedFields(field.node.selectionSet, getNamedType(definition.type), ctx) : [];
}

/** The fields selected under the end of a path of field names below `field` (e.g. edges, node). */
export function fieldsAt(field: SelectedField, path: string[], ctx: PlanContext): SelectedField[] {
  let level = [field];
  for (const name of path) level = level.flatMap((parent) => childrenOf(parent, ctx)).filter((child) => child.node.name.value === name);
  return level.flatMap((parent) => childrenOf(parent, ctx));
}

/** The nodes' fields of a connection (`edges.node` and `nodes`). */
export const nodeFields = (connection: SelectedField, ctx: PlanContext) => [
  ...fieldsAt(connection, ["edges", "node"], ctx),
  ...fieldsAt(connection, ["nodes"], ctx),
];

/** The parts of a resolver's info a plan reads. */
export const planContextOf = (info: GraphQLResolveInfo): PlanContext => ({
  schema: info.schema,
  fragments: info.fragments,
  variableValues: info.variableValues,
});

/**
 * The connection's arguments validated as its resolver validates them, or null when they fail (a
 * forged cursor, a reversed date range, a page out of bounds): such a connection is left out of the
 * plan, and its resolver reports the error at its own path through the loader.
 */
function connectionSelection(name: ConnectionName, field: SelectedField, ctx: PlanContext): RelationshipSelection | null {
  const definition = fieldOf(field);
  if (!definition) return null;
  try {
    const selection = relationshipSelection(name, getArgumentValues(definition, field.node, ctx.variableValues));
    return selection.page.size >= 0 && selection.page.size <= MAX_PAGE_SIZE ? selection : null;
  } catch {
    return null;
  }
}

/** A field that reads the cited sources and quotes of what it is selected on. */
export const isCitations = (name: string) => name === "citations" || name === "citationsConnection";

/** What the selected fields read of an entity itself: its stored properties, and whether its aliases and citations. */
export function entityParts(fields: SelectedField[]): EntityProjection {
  const names = fields.map((field) => field.node.name.value);
  return {
    properties: propertiesOf(fields, ENTITY_FIELD_PROPERTIES, ENTITY_ALWAYS),
    aliases: names.includes("aliases"),
    citations: names.some(isCitations),
  };
}

/**
 * The plan of an entity's selection: which optional parts of the entity are selected, and each
 * relationship connection (by field name, the vocabulary's RELATIONSHIP_CONNECTIONS, whatever the
 * GraphQL type of its nodes) with what is selected of it. The same connection selected twice with the
 * same arguments (aliases, fragments) is read once, with the union of both selections.
 */
export function entityPlan(fields: SelectedField[], ctx: PlanContext): EntityPlan {
  const plan: EntityPlan = { ...entityParts(fields), connections: [] };
  const byKey = new Map<string, { plan: ConnectionPlan; nodeFields: SelectedField[]; edgeFields: SelectedField[] }>();
  for (const field of fields) {
    const name = field.node.name.value;
    if (isConnectionName(name)) {
      const selection = connectionSelection(name, field, ctx);
      if (!selection) continue;
      const key = selectionKey(selection);
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          plan: {
            key,
            selection,
            totalCount: false,
            relationship: false,
            relationshipProperties: [],
            relationshipCitations: false,
            node: plan,
          },
          nodeFields: [],
          edgeFields: [],
        };
        byKey.set(key, entry);
      }
      const connectionType = getNamedType(fieldOf(field)!.type);
      for (const part of selectedFields(field.node.selectionSet, connectionType, ctx)) {
        const partName = part.node.name.value;
        if (partName === "totalCount") entry.plan.totalCount = true;
        else if (partName === "nodes") selectedFields(part.node.selectionSet, getNamedType(fieldOf(part)!.type), ctx, entry.nodeFields);
        else if (partName === "edges") {
          for (const edgeField of selectedFields(part.node.selectionSet, getNamedType(fieldOf(part)!.type), ctx)) {
            const edgeName = edgeField.node.name.value;
            if (edgeName === "node")
              selectedFields(edgeField.node.selectionSet, getNamedType(fieldOf(edgeField)!.type), ctx, entry.nodeFields);
            else if (edgeName !== "cursor" && edgeName !== "__typename") {
              entry.plan.relationship = true;
              entry.edgeFields.push(edgeField);
              if (isCitations(edgeName)) entry.plan.relationshipCitations = true;
            }
          }
        }
      }
    }
  }
  for (const { plan: connection, nodeFields, edgeFields } of byKey.values()) {
    connection.node = entityPlan(nodeFields, ctx);
    connection.relationshipProperties = propertiesOf(edgeFields, RELATIONSHIP_FIELD_PROPERTIES, []);
    plan.connections.push(connection);
  }
  return plan;
}

/** The plan of a root field returning an entity, from its field nodes (one per alias-merged occurrence). */
export function rootEntityPlan(fieldNodes: readonly FieldNode[], returnType: GraphQLNamedType, ctx: PlanContext): EntityPlan {
  const fields = fieldNodes.flatMap((node) => selectedFields(node.selectionSet, returnType, ctx));
  return entityPlan(fields, ctx);
}
