import { ManagedTransaction } from "neo4j-driver";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { requireRole, Role } from "../../auth/viewer";
import { AppContext } from "../../context";
import { claimFromRow } from "../claim/claim.type";
import {
  AddAliasInput,
  AssertClaimInput,
  CreateEntityInput,
  CreateSourceInput,
  MergeEntitiesInput,
  RemoveAliasInput,
  RenameEntityInput,
  RetractClaimInput,
  UpdateEntityInput,
} from "./curation.inputs";
import { ClaimPayload, CreateSourcePayload, EntityPayload } from "./curation.payloads";
import { curation, Done } from "./curation.service";
import { entityMaintenance } from "./entity-maintenance.mutations";
import { Outcome, runMutation } from "./mutation-runner";

type Input = { idempotencyKey?: string | null; clientMutationId?: string | null };
type Work<T> = (tx: ManagedTransaction, input: T, seq: number) => Promise<Done>;

/** Every write needs an editor key (renames and merges an admin key); the key's name is the change's actor. */
async function mutate<T extends Input>(ctx: AppContext, operation: string, input: T, work: Work<T>, role: Role = "editor") {
  const viewer = requireRole(ctx.viewer, role);
  const outcome = await runMutation(ctx.db, viewer.keyName, operation, input, (tx, seq) => work(tx, input, seq), ctx.idempotencyTtlMs);
  return { outcome, base: base(input, outcome) };
}

function base(input: Input, outcome: Outcome) {
  return {
    clientMutationId: input.clientMutationId ?? null,
    userErrors: outcome.userErrors,
    change: outcome.result?.change ?? null,
    replayed: outcome.replayed,
  };
}

@Resolver()
export class CurationResolver {
  @Mutation(() => CreateSourcePayload, {
    description: "Adds a source, with its full text when the project may store it. Needs an editor key.",
  })
  async createSource(
    @Arg("input", () => CreateSourceInput, { description: "What to write." }) input: CreateSourceInput,
    @Ctx() ctx: AppContext,
  ): Promise<CreateSourcePayload> {
    const { outcome, base } = await mutate(ctx, "createSource", input, curation.createSource);
    const source = outcome.result ? await ctx.loaders.sourceBySlug.load(outcome.result.ref) : null;
    return { ...base, source };
  }

  @Mutation(() => EntityPayload, { description: "Adds an entity declared by a source, with its citations. Needs an editor key." })
  async createEntity(
    @Arg("input", () => CreateEntityInput, { description: "What to write." }) input: CreateEntityInput,
    @Ctx() ctx: AppContext,
  ): Promise<EntityPayload> {
    return this.entityPayload(ctx, await mutate(ctx, "createEntity", input, curation.createEntity));
  }

  @Mutation(() => EntityPayload, {
    description:
      "Changes an entity's name, description or kinds, if it is still at `expectedVersion` (CONFLICT otherwise). Needs an editor key.",
  })
  async updateEntity(
    @Arg("input", () => UpdateEntityInput, { description: "What to write." }) input: UpdateEntityInput,
    @Ctx() ctx: AppContext,
  ): Promise<EntityPayload> {
    return this.entityPayload(ctx, await mutate(ctx, "updateEntity", input, curation.updateEntity));
  }

  @Mutation(() => EntityPayload, { description: "Adds an alias a source gives an entity. Needs an editor key." })
  async addAlias(
    @Arg("input", () => AddAliasInput, { description: "What to write." }) input: AddAliasInput,
    @Ctx() ctx: AppContext,
  ): Promise<EntityPayload> {
    return this.entityPayload(ctx, await mutate(ctx, "addAlias", input, curation.addAlias));
  }

  @Mutation(() => EntityPayload, { description: "Removes an alias (not the canonical name), with a reason. Needs an editor key." })
  async removeAlias(
    @Arg("input", () => RemoveAliasInput, { description: "What to write." }) input: RemoveAliasInput,
    @Ctx() ctx: AppContext,
  ): Promise<EntityPayload> {
    return this.entityPayload(ctx, await mutate(ctx, "removeAlias", input, curation.removeAlias));
  }

  @Mutation(() => ClaimPayload, {
    description:
      "Adds a source's claim on a relationship, an event (or participation in one) or a metric value, with its citations; creates the fact when it is new (ASSERTS). Quotes must be verbatim in the source's text. Needs an editor key.",
  })
  async assertClaim(
    @Arg("input", () => AssertClaimInput, { description: "What to write." }) input: AssertClaimInput,
    @Ctx() ctx: AppContext,
  ): Promise<ClaimPayload> {
    return this.claimPayload(ctx, await mutate(ctx, "assertClaim", input, curation.assertClaim));
  }

  @Mutation(() => ClaimPayload, {
    description:
      "Retracts a claim, with a reason: it stays visible as RETRACTED and the fact's values are decided again without it. Needs an editor key.",
  })
  async retractClaim(
    @Arg("input", () => RetractClaimInput, { description: "What to write." }) input: RetractClaimInput,
    @Ctx() ctx: AppContext,
  ): Promise<ClaimPayload> {
    return this.claimPayload(ctx, await mutate(ctx, "retractClaim", input, curation.retractClaim));
  }

  @Mutation(() => EntityPayload, {
    description:
      "Gives an entity a new slug, if it is still at `expectedVersion` when given (CONFLICT otherwise): its id stays, and the old slug and old-format ids keep resolving to it. Needs an admin key.",
  })
  async renameEntity(
    @Arg("input", () => RenameEntityInput, { description: "What to write." }) input: RenameEntityInput,
    @Ctx() ctx: AppContext,
  ): Promise<EntityPayload> {
    return this.entityPayload(ctx, await mutate(ctx, "renameEntity", input, entityMaintenance.renameEntity, "admin"));
  }

  @Mutation(() => EntityPayload, {
    description:
      "Merges an entity into another of the same type: its relationships, events, metrics and aliases move to the survivor, and its id and slug resolve to the survivor from then on. The payload's entity is the survivor; `changes` gets a tombstone for the merged entity. Needs an admin key.",
  })
  async mergeEntities(
    @Arg("input", () => MergeEntitiesInput, { description: "What to write." }) input: MergeEntitiesInput,
    @Ctx() ctx: AppContext,
  ): Promise<EntityPayload> {
    return this.entityPayload(ctx, await mutate(ctx, "mergeEntities", input, entityMaintenance.mergeEntities, "admin"));
  }

  private async entityPayload(ctx: AppContext, { outcome, base }: Awaited<ReturnType<typeof mutate>>): Promise<EntityPayload> {
    // Read after the commit, so the payload shows the entity as any later query will.
    const entity = outcome.result ? await ctx.loaders.entityBySlug.load(outcome.result.ref) : null;
    return { ...base, entity };
  }

  private async claimPayload(ctx: AppContext, { outcome, base }: Awaited<ReturnType<typeof mutate>>): Promise<ClaimPayload> {
    if (!outcome.result) return { ...base, claim: null };
    const [row] = await ctx.db.read<{ claim: Record<string, unknown> }>("get-claim", { key: outcome.result.ref });
    return { ...base, claim: row ? claimFromRow(row.claim) : null };
  }
}
