import { GraphQLResolveInfo } from "graphql";
import { EntityProjection } from "../../db/projection";
import { entityParts, fieldsAt, nodeFields, planContextOf } from "./plan";

/**
 * What a search reads of each entity it finds: the stored properties, aliases and citations behind
 * the fields the operation selects of it, under a hit's `entity` (`search`) or a page's `edges.node`
 * and `nodes` (`searchConnection`), through fragments.
 */
export function searchEntityProjection(info: GraphQLResolveInfo): EntityProjection {
  const ctx = planContextOf(info);
  const entities = info.fieldNodes.flatMap((node) => {
    const field = { node, parentType: info.parentType };
    return [...fieldsAt(field, ["entity"], ctx), ...nodeFields(field, ctx)];
  });
  return entityParts(entities);
}
