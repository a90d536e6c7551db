import { ManagedTransaction } from "neo4j-driver";
import { ApiError, BadUserInputError, ErrorCode } from "../../common/errors";
import { newNodeUid, toGlobalId } from "../../common/global-id";
import { cypher } from "../../db/cypher-files";
import { GraphDatabase } from "../../db/graph-database";
import { toPlain } from "../../db/values";

/**
 * Renaming and merging entities, each in one write transaction (all of it or nothing), keeping ids:
 * the entity's uid never changes, and every retired slug or uid becomes a Redirect to the entity that
 * carries on (docs/ids.md). Called by `npm run maintain` and by the API's maintenance mutations.
 * Failures are ApiErrors naming the argument: NOT_FOUND, CONFLICT (slug taken) or BAD_USER_INPUT.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 200;

/** The entity an operation left, by its current slug and global id. */
export interface MaintainedEntity {
  slug: string;
  id: string;
}

interface SlugState {
  slug: string;
  live: { slug: string; type: string; uid: string | null } | null;
  redirectsTo: string | null;
}

/** Renames an entity's slug; its id stays, and the old slug (and old-format ids) redirect to it. */
export function renameEntity(db: GraphDatabase, from: string, to: string): Promise<MaintainedEntity> {
  return db.writeTransaction((tx) => renameEntityIn(tx, from, to));
}

/** renameEntity inside a transaction the caller owns (the API's, which records the change with it). */
export async function renameEntityIn(tx: ManagedTransaction, from: string, to: string): Promise<MaintainedEntity> {
  checkSlug("to", to);
  if (from === to) throw new BadUserInputError("to", `is the entity's slug already ("${from}").`);
  const [source, target] = await slugStates(tx, [from, to]);
  const entity = liveEntity("from", source);
  if (target.live) throw new SlugTakenError("to", to, `the entity "${to}" has it`);
  if (target.redirectsTo !== null && target.redirectsTo !== from)
    throw new SlugTakenError("to", to, `it is a former slug of "${target.redirectsTo}", whose old links still use it`);
  const params = { old: from, new: to };
  for (const step of ["rewrite-relationship-keys", "rewrite-left-slugs", "rewrite-claims"]) await run(tx, step, params);
  const uid = entity.uid ?? newNodeUid("Entity", from);
  await run(tx, "rename-entity", { from, to, uid });
  return { slug: to, id: toGlobalId("Entity", uid) };
}

/**
 * Merges the entity `merged` into `survivor`: relationships (with their properties, claims and
 * citations), event participations, metrics and aliases move to the survivor, the merged entity's
 * slug and id redirect to it, and the merged node is deleted.
 */
export function mergeEntities(db: GraphDatabase, survivor: string, merged: string): Promise<MergedEntities> {
  return db.writeTransaction((tx) => mergeEntitiesIn(tx, survivor, merged));
}

/** What a merge left: the survivor, and the merged entity as it was (its id and slug now redirect). */
export interface MergedEntities extends MaintainedEntity {
  merged: MaintainedEntity;
}

/** mergeEntities inside a transaction the caller owns (the API's, which records the change with it). */
export async function mergeEntitiesIn(tx: ManagedTransaction, survivor: string, merged: string): Promise<MergedEntities> {
  if (survivor === merged)
    throw new BadUserInputError("merged", `is the survivor itself ("${survivor}"): an entity cannot be merged into itself.`);
  const [kept, gone] = await slugStates(tx, [survivor, merged]);
  const keptEntity = liveEntity("survivor", kept);
  const goneEntity = liveEntity("merged", gone);
  if (keptEntity.slug === goneEntity.slug)
    throw new BadUserInputError("merged", `is a former slug of the survivor "${keptEntity.slug}": an entity cannot be merged into itself.`);
  if (keptEntity.type !== goneEntity.type)
    throw new BadUserInputError(
      "merged",
      `is a ${goneEntity.type} and the survivor a ${keptEntity.type}: only entities of one type merge.`,
    );
  const pair = { survivor: keptEntity.slug, merged: goneEntity.slug };
  // Keys first: the folding of duplicate relationships compares them in the survivor's terms.
  await run(tx, "merge-drop-links-between", pair);
  const renamed = { old: goneEntity.slug, new: keptEntity.slug };
  for (const step of ["rewrite-relationship-keys", "rewrite-left-slugs", "rewrite-claims"]) await run(tx, step, renamed);
  for (const step of ["merge-fold-outgoing", "merge-move-outgoing", "merge-fold-incoming", "merge-move-incoming", "merge-move-aliases"])
    await run(tx, step, pair);
  const mergedUid = goneEntity.uid ?? newNodeUid("Entity", goneEntity.slug);
  await run(tx, "merge-retire", { ...pair, mergedUid });
  return {
    slug: keptEntity.slug,
    id: toGlobalId("Entity", keptEntity.uid ?? newNodeUid("Entity", keptEntity.slug)),
    merged: { slug: goneEntity.slug, id: toGlobalId("Entity", mergedUid) },
  };
}

/** A slug argument that is taken by another entity or by another entity's redirect. */
export class SlugTakenError extends ApiError {
  constructor(argument: string, slug: string, why: string) {
    super(ErrorCode.CONFLICT, `Argument "${argument}": the slug "${slug}" is taken: ${why}.`, { argument, slug });
  }
}

/** A slug argument that names no entity (or only a redirect, which cannot be maintained by itself). */
export class UnknownSlugError extends ApiError {
  constructor(argument: string, slug: string, redirectsTo: string | null) {
    super(
      ErrorCode.NOT_FOUND,
      redirectsTo
        ? `Argument "${argument}": "${slug}" is a former slug of "${redirectsTo}"; name the entity by its current slug.`
        : `Argument "${argument}": no entity has the slug "${slug}".`,
      { argument, slug },
    );
  }
}

function checkSlug(argument: string, slug: string): void {
  if (slug.length > MAX_SLUG_LENGTH || !SLUG.test(slug))
    throw new BadUserInputError(argument, `must be a slug: lowercase letters and digits in words joined by "-" (got "${slug}").`);
}

function liveEntity(argument: string, state: SlugState): NonNullable<SlugState["live"]> {
  if (!state.live) throw new UnknownSlugError(argument, state.slug, state.redirectsTo);
  return state.live;
}

async function slugStates(tx: ManagedTransaction, slugs: string[]): Promise<SlugState[]> {
  const result = await tx.run(cypher("maintenance/find-entities"), { slugs });
  const bySlug = new Map(result.records.map((r) => [r.get("slug") as string, toPlain(r.toObject()) as SlugState]));
  return slugs.map((slug) => bySlug.get(slug)!);
}

async function run(tx: ManagedTransaction, step: string, params: Record<string, unknown>): Promise<void> {
  await tx.run(cypher(`maintenance/${step}`), params);
}
