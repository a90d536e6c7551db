import { ManagedTransaction } from "neo4j-driver";
import { ApiError, ErrorCode } from "../../common/errors";
import { cypher } from "../../db/cypher-files";
import { toPlain } from "../../db/values";
import { mergeEntitiesIn, renameEntityIn } from "../entity/entity-maintenance";
import { ChangeOperation } from "../change/change.type";
import { MergeEntitiesInput, RenameEntityInput } from "./curation.inputs";
import { UserErrorCode } from "./curation.payloads";
import type { Done } from "./curation.service";
import { entitySlug, resolveNodeId } from "./node-refs";
import { abort, checkExpectedVersion, userError, UserErrorsAbort } from "./user-errors";

/**
 * renameEntity and mergeEntities as mutations: the same maintenance service as `npm run maintain`
 * (src/graph/entity/entity-maintenance.ts), run inside the mutation's transaction so the change
 * records, the data version and the idempotency record commit with it or not at all.
 */
export const entityMaintenance = {
  renameEntity: async (tx: ManagedTransaction, input: RenameEntityInput): Promise<Done> => {
    checkReason(input.reason);
    const slug = await entitySlug(tx, input.id, "id");
    const before = await lockEntity(tx, slug);
    if (before) checkExpectedVersion(before.version, input.expectedVersion);
    const entity = await asUserErrors({ from: "id", to: "newSlug" }, () => renameEntityIn(tx, slug, input.newSlug));
    const version = await bumpVersion(tx, entity.slug);
    return {
      operation: ChangeOperation.RENAME_ENTITY,
      targetKind: "Entity",
      target: entity.id,
      ref: entity.slug,
      before: { slug, version: before?.version ?? null },
      after: { slug: entity.slug, version },
      reason: input.reason,
      tombstone: false,
    };
  },

  mergeEntities: async (tx: ManagedTransaction, input: MergeEntitiesInput): Promise<Done> => {
    checkReason(input.reason);
    const survivor = await resolveNodeId(tx, input.survivorId, "Entity", "survivorId");
    const merged = await resolveNodeId(tx, input.mergedId, "Entity", "mergedId");
    if (merged.redirected)
      abort("mergedId", `this entity was merged into "${merged.slug}" already; its id and slug resolve to that entity`);
    const [survivorBefore, mergedBefore] = [await lockEntity(tx, survivor.slug), await lockEntity(tx, merged.slug)];
    const result = await asUserErrors({ survivor: "survivorId", merged: "mergedId" }, () =>
      mergeEntitiesIn(tx, survivor.slug, merged.slug),
    );
    const version = await bumpVersion(tx, result.slug);
    const survivorAfter = await lockEntity(tx, result.slug);
    return {
      operation: ChangeOperation.MERGE_ENTITIES,
      targetKind: "Entity",
      target: result.id,
      ref: result.slug,
      before: { ...survivorBefore, merged: { id: result.merged.id, ...mergedBefore } },
      after: { ...survivorAfter, version },
      reason: input.reason,
      tombstone: false,
      // The merged entity's own record: a tombstone, so a syncing client drops it and follows `after`.
      also: [
        {
          operation: ChangeOperation.MERGE_ENTITIES,
          targetKind: "Entity",
          target: result.merged.id,
          before: mergedBefore,
          after: { mergedInto: result.id, slug: result.slug },
          reason: input.reason,
          tombstone: true,
        },
      ],
    };
  },
};

type EntityState = Record<string, unknown> & { slug: string; version: number };

/** The entity's editable values under its write lock (null when no live entity has the slug). */
async function lockEntity(tx: ManagedTransaction, slug: string): Promise<EntityState | null> {
  const result = await tx.run(cypher("lock-entity"), { slug });
  return result.records.length > 0 ? (toPlain(result.records[0].get("entity")) as EntityState) : null;
}

async function bumpVersion(tx: ManagedTransaction, slug: string): Promise<number> {
  const result = await tx.run(cypher("bump-entity-version"), { slug });
  return Number(toPlain(result.records[0].get("version")));
}

function checkReason(reason: string): void {
  if (reason.trim().length === 0 || reason.length > 1000) abort("reason", "reason must be 1-1000 characters");
}

/** The maintenance service's CONFLICT means a slug in use: the API's ALREADY_EXISTS. */
const CODES: Partial<Record<string, UserErrorCode>> = {
  [ErrorCode.NOT_FOUND]: UserErrorCode.NOT_FOUND,
  [ErrorCode.CONFLICT]: UserErrorCode.ALREADY_EXISTS,
  [ErrorCode.BAD_USER_INPUT]: UserErrorCode.BAD_USER_INPUT,
};

/** Runs a maintenance step, turning its errors (named by the service's argument) into the input's userErrors. */
async function asUserErrors<T>(fields: Record<string, string>, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const code = CODES[String(error.extensions.code)];
    if (!code) throw error;
    const argument = String(error.extensions.argument);
    const field = fields[argument] ?? argument;
    throw new UserErrorsAbort([userError(field, error.message.replace(`Argument "${argument}"`, field), code)]);
  }
}
