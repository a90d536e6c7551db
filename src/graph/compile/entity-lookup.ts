import { getNamedType, GraphQLResolveInfo, OperationDefinitionNode, responsePathAsArray } from "graphql";
import { AppContext } from "../../context";
import { Entity, entityFromRow } from "../entity/entity.type";
import { ConnectionPlan, EntityPlan, planContextOf, rootEntityPlan } from "./plan";
import { PrefetchedPage, PrefetchedRow, registerPrefetched } from "./prefetched";
import { ParsedGlobalId } from "../../common/global-id";
import { compiledEntityParams, compiledEntityText, planSignature, RootSeek } from "./statement";

/**
 * Compiled statements by operation (the parsed document's node, which the server reuses for every
 * request of the same document) and by field path and plan structure (variables may change the
 * structure: a filter given or not, another order).
 */
const statements = new WeakMap<OperationDefinitionNode, Map<string, string>>();
const MAX_STATEMENTS_PER_OPERATION = 64;

function statementText(info: GraphQLResolveInfo, plan: EntityPlan, seek: RootSeek): string {
  let byField = statements.get(info.operation);
  if (!byField) statements.set(info.operation, (byField = new Map<string, string>()));
  const key = `${responsePathAsArray(info.path).join(".")}|${seek}|${planSignature(plan)}`;
  let text = byField.get(key);
  if (text === undefined) {
    text = compiledEntityText(plan, seek);
    if (byField.size < MAX_STATEMENTS_PER_OPERATION) byField.set(key, text);
  }
  return text;
}

type CompiledRow = { requested: string; entity: Record<string, unknown>; pages: Record<string, PrefetchedPage> };

/** The pages of a row's connections, in plan order (`c0`, `c1` ... numbered depth first as the builder numbers them). */
function pagesOf(connections: ConnectionPlan[], pages: Record<string, unknown>, ids: { next: number }): Map<string, PrefetchedPage> {
  const found = new Map<string, PrefetchedPage>();
  for (const connection of connections) {
    const id = ids.next++;
    const page = pages[`c${id}`] as { totalCount: number; rows: (PrefetchedRow & { pages: Record<string, unknown> })[] };
    const start = ids.next;
    const rows = page.rows.map(({ pages: nested, ...row }) => {
      ids.next = start;
      return { ...row, prefetched: pagesOf(connection.node.connections, nested, ids) };
    });
    ids.next = start + countConnections(connection.node.connections);
    found.set(connection.key, { totalCount: page.totalCount, rows });
  }
  return found;
}

const countConnections = (connections: ConnectionPlan[]): number =>
  connections.reduce((sum, c) => sum + 1 + countConnections(c.node.connections), 0);

/**
 * The root entity found by `seek`, with the connections of `plan` in one statement, the pages filed
 * where the connection resolvers look (prefetched.ts); `redirected` tells whether a retired key led to
 * it. Undefined when the statement failed: the caller then takes the DataLoader path, where each
 * connection fails or succeeds on its own.
 */
async function compiledEntity(
  ctx: AppContext,
  info: GraphQLResolveInfo,
  plan: EntityPlan,
  seek: RootSeek,
  key: string,
): Promise<{ entity: Entity; redirected: boolean } | null | undefined> {
  let rows: CompiledRow[];
  try {
    rows = await ctx.db.readAssembled<CompiledRow>(
      `compiled/entity-by-${seek}`,
      statementText(info, plan, seek),
      compiledEntityParams(plan, seek, key),
    );
  } catch (error) {
    ctx.logger.warn("compiled statement failed; using the loaders", {
      field: responsePathAsArray(info.path).join("."),
      error: String(error),
    });
    return undefined;
  }
  if (rows.length === 0) return null;
  const entity = entityFromRow(rows[0].entity);
  registerPrefetched(entity, pagesOf(plan.connections, rows[0].pages, { next: 0 }));
  return { entity, redirected: rows[0].entity[seek] !== key };
}

function planOf(info: GraphQLResolveInfo): EntityPlan {
  return rootEntityPlan(info.fieldNodes, getNamedType(info.returnType), planContextOf(info));
}

/**
 * `entity(slug:)` with its relationship connections (nested at any depth) in one statement, reading
 * only what is selected. Undefined when the statement failed, and when the selection has no
 * connection while other root fields share the operation: the loader then reads the entity in one
 * query batched with theirs (`a: entity(...) b: entity(...)`) and shared with the rest of the request.
 */
export async function compiledEntityBySlug(ctx: AppContext, info: GraphQLResolveInfo, slug: string): Promise<Entity | null | undefined> {
  const plan = planOf(info);
  const alone = info.operation.selectionSet.selections.length === 1;
  if (plan.connections.length === 0 && !alone) return undefined;
  const found = await compiledEntity(ctx, info, plan, "slug", slug);
  if (!found) return found;
  if (found.redirected) found.entity.redirectedFrom = slug;
  return found.entity;
}

/**
 * `node(id:)` for an entity's id, with whatever it selects, in one statement: the loader path takes
 * two (the id to a slug, then the entity). A stable id is sought by uid, an old-format id by its slug;
 * a retired one answers the survivor with `redirectedFrom` the id asked for, as `loadNode` does.
 * Undefined when the statement failed.
 */
export async function compiledEntityById(
  ctx: AppContext,
  info: GraphQLResolveInfo,
  id: string,
  parsed: ParsedGlobalId,
): Promise<Entity | null | undefined> {
  const found =
    parsed.legacySlug !== undefined
      ? await compiledEntity(ctx, info, planOf(info), "slug", parsed.legacySlug)
      : await compiledEntity(ctx, info, planOf(info), "uid", parsed.uid);
  if (!found) return found;
  if (found.redirected) found.entity.redirectedFrom = id;
  return found.entity;
}
