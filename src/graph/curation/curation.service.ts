import { ManagedTransaction } from "neo4j-driver";
import { globalIdOfRow } from "../../common/global-id";
import { normalizeName } from "../../common/normalize";
import { cypher } from "../../db/cypher-files";
import { toPlain } from "../../db/values";
import { AliasDto, ClaimDto, EntityDto, EventDto, FactsDto, MetricDto, RelationshipDto, SourceDto } from "../../seed/seed.dto";
import { buildSeedPlan, relationshipKey } from "../../seed/seed.plan";
import { SeedFolder } from "../../seed/seed.reader";
import { UnresolvedReference } from "../../seed/seed.resolve";
import { folderProblems } from "../../seed/seed.validate";
import { arbitrateFacts, writePlan } from "../../seed/seed.write";
import { ChangeRecord } from "../change/change.repository";
import { ChangeOperation } from "../change/change.type";
import {
  AddAliasInput,
  AssertClaimInput,
  CitationInput,
  CreateEntityInput,
  CreateSourceInput,
  EventFactInput,
  MetricFactInput,
  MoneyInput,
  RelationshipFactInput,
  RemoveAliasInput,
  RetractClaimInput,
  UpdateEntityInput,
} from "./curation.inputs";
import { UserErrorCode } from "./curation.payloads";
import { entityIdOf, entitySlug, nodeSlug } from "./node-refs";
import { abort, checkExpectedVersion, folderErrors, shapeErrors, userError, UserErrorsAbort } from "./user-errors";

/** What a write records about itself, before runMutation numbers it and names the actor. */
export type ChangeDraft = Omit<ChangeRecord, "seq" | "actor">;

/**
 * A write's change record, `ref`: the slug (entity, source) or key (claim) its payload loads, and
 * `also`: further changes of the same write (a merge's tombstone), numbered after it.
 */
export type Done = ChangeDraft & { ref: string; also?: ChangeDraft[] };

const MAX_TEXT = 200_000;
const MAX_LIST = 50;

/**
 * The curation writes, each inside the transaction runMutation opened. Every record is checked by the
 * seed files' rules (seed.dto.ts shapes, seed.validate.ts quotes and references) and written by the
 * seed loader's statements (seed.write.ts): an API write and a seed file cannot disagree on validity.
 */
export const curation = {
  createSource: async (tx: ManagedTransaction, input: CreateSourceInput): Promise<Done> => {
    const { idempotencyKey: _k, clientMutationId: _c, text, ...fields } = input;
    const textStored = text != null;
    const { instance: source, errors } = shapeErrors(SourceDto, { ...clean(fields), kind: "NEWS_ARTICLE" }, "");
    if (textStored && text.length > MAX_TEXT) errors.push(userError("text", `text is longer than ${MAX_TEXT} characters`));
    if (textStored && text.trim().length === 0) errors.push(userError("text", "text is empty"));
    if (!textStored && !source.url) errors.push(userError("url", "a source without text needs the url of the page it refers to"));
    if (errors.length > 0) throw new UserErrorsAbort(errors);
    if ((await tx.run(cypher("get-source-for-citation"), { slug: source.slug })).records.length > 0)
      abort("slug", `a source "${source.slug}" already exists`, UserErrorCode.ALREADY_EXISTS);
    const folder: SeedFolder = { dir: "api", source, text: text ?? "", textStored, facts: emptyFacts() };
    const plan = buildSeedPlan(folder, (s) => s);
    await writePlan(tx, plan);
    const { text: _t, ...after } = plan.source;
    return {
      operation: ChangeOperation.CREATE_SOURCE,
      targetKind: "Source",
      target: globalIdOfRow("Source", { slug: source.slug }),
      ref: source.slug,
      before: null,
      after: { ...after, textLength: text?.length ?? 0 },
      reason: null,
      tombstone: false,
    };
  },

  createEntity: async (tx: ManagedTransaction, input: CreateEntityInput, seq: number): Promise<Done> => {
    limitList(input.aliases, "aliases");
    limitList(input.citations, "citations", 20);
    const folder = await folderOf(tx, input.sourceId, "sourceId");
    const plain = clean({
      slug: input.slug,
      type: input.type,
      name: input.name,
      kinds: input.kinds,
      description: input.description,
      aliases: input.aliases?.map(clean),
      citations: citations(input.citations),
    });
    const { instance: entity, errors } = shapeErrors(EntityDto, plain, "");
    if (errors.length > 0) throw new UserErrorsAbort(errors);
    if ((await existing(tx, [entity.slug])).has(entity.slug))
      abort("slug", `an entity "${entity.slug}" already exists`, UserErrorCode.ALREADY_EXISTS);
    folder.facts.entities = [entity];
    await validateAndWrite(tx, folder, new Set([entity.slug]), seq, "", {});
    return {
      operation: ChangeOperation.CREATE_ENTITY,
      targetKind: "Entity",
      target: globalIdOfRow("Entity", { slug: entity.slug }),
      ref: entity.slug,
      before: null,
      after: { ...plain, source: folder.source.slug },
      reason: null,
      tombstone: false,
    };
  },

  updateEntity: async (tx: ManagedTransaction, input: UpdateEntityInput): Promise<Done> => {
    const slug = await entitySlug(tx, input.id, "id");
    const result = await tx.run(cypher("lock-entity"), { slug });
    if (result.records.length === 0) abort("id", "no entity with this id", UserErrorCode.NOT_FOUND);
    const before = toPlain(result.records[0].get("entity")) as {
      name: string;
      description: string | null;
      kinds: string[];
      version: number;
      type: string;
    };
    checkExpectedVersion(before.version, input.expectedVersion);
    const after = {
      name: input.name ?? before.name,
      description: input.description === undefined ? before.description : input.description,
      kinds: input.kinds ?? before.kinds,
    };
    const { errors } = shapeErrors(
      EntityDto,
      { slug, type: before.type, ...clean(after), citations: [{ note: "checked as an update" }] },
      "",
    );
    if (errors.length > 0) throw new UserErrorsAbort(errors);
    const version = before.version + 1;
    await tx.run(cypher("update-entity"), {
      slug,
      ...after,
      sortName: normalizeName(after.name),
      normalized: normalizeName(after.name),
      version,
    });
    const { version: _v, type: _t, ...shown } = before;
    return {
      operation: ChangeOperation.UPDATE_ENTITY,
      targetKind: "Entity",
      target: await entityIdOf(tx, slug),
      ref: slug,
      before: { ...shown, version: before.version },
      after: { ...after, version },
      reason: input.reason ?? null,
      tombstone: false,
    };
  },

  addAlias: async (tx: ManagedTransaction, input: AddAliasInput): Promise<Done> => {
    const slug = await entitySlug(tx, input.entityId, "entityId");
    const folder = await folderOf(tx, input.sourceId, "sourceId");
    const { instance: alias, errors } = shapeErrors(
      AliasDto,
      clean({ name: input.name, language: input.language, quote: input.quote }),
      "",
    );
    if (errors.length > 0) throw new UserErrorsAbort(errors);
    if (!(await existing(tx, [slug])).has(slug)) abort("entityId", "no entity with this id", UserErrorCode.NOT_FOUND);
    if (alias.quote !== undefined && !folder.textStored) abort("quote", "a reference source has no text to quote");
    if (alias.quote !== undefined && !folder.text.includes(alias.quote))
      abort("quote", "not found verbatim in the source's stored text", UserErrorCode.QUOTE_NOT_IN_SOURCE);
    const normalized = normalizeName(alias.name);
    if ((await tx.run(cypher("get-alias"), { slug, normalized })).records.length > 0)
      abort("name", `the entity already has the name or alias "${alias.name}"`, UserErrorCode.ALREADY_EXISTS);
    const row = {
      entitySlug: slug,
      name: alias.name,
      language: alias.language,
      normalized,
      isName: false,
      sourceSlug: folder.source.slug,
      quote: alias.quote ?? null,
    };
    await tx.run(cypher("load-aliases"), { batch: { rows: [row] } });
    await tx.run(cypher("bump-entity-version"), { slug });
    return {
      operation: ChangeOperation.ADD_ALIAS,
      targetKind: "Entity",
      target: await entityIdOf(tx, slug),
      ref: slug,
      before: null,
      after: { name: alias.name, language: alias.language, source: folder.source.slug, quote: alias.quote ?? null },
      reason: null,
      tombstone: false,
    };
  },

  removeAlias: async (tx: ManagedTransaction, input: RemoveAliasInput): Promise<Done> => {
    const slug = await entitySlug(tx, input.entityId, "entityId");
    if (input.reason.trim().length === 0 || input.reason.length > 1000) abort("reason", "reason must be 1-1000 characters");
    const normalized = normalizeName(input.name);
    const found = await tx.run(cypher("get-alias"), { slug, normalized });
    if (found.records.length === 0) abort("name", `the entity has no alias "${input.name}"`, UserErrorCode.NOT_FOUND);
    const alias = toPlain(found.records[0].get("alias")) as Record<string, unknown>;
    if (alias.isName) abort("name", "this is the entity's name; rename it with updateEntity instead");
    await tx.run(cypher("delete-alias"), { slug, normalized });
    await tx.run(cypher("bump-entity-version"), { slug });
    return {
      operation: ChangeOperation.REMOVE_ALIAS,
      targetKind: "Entity",
      target: await entityIdOf(tx, slug),
      ref: slug,
      before: alias,
      after: null,
      reason: input.reason,
      tombstone: true,
    };
  },

  assertClaim: async (tx: ManagedTransaction, input: AssertClaimInput, seq: number): Promise<Done> => {
    checkClaimInput(input);
    const folder = await folderOf(tx, input.sourceId, "sourceId");
    const claim = await claimContext(tx, input);
    const { facts, prefix, rename } = input.relationship
      ? await relationshipFacts(claim, input.relationship)
      : input.event
        ? await eventFacts(claim, input.event)
        : await metricFacts(claim, input.metric!);
    const known = await checkEntitiesExist(tx, claim.slugs);
    folder.facts = facts;
    const plan = await validateAndWrite(tx, folder, new Set(), seq, prefix, { attributedTo: "attributedToId", ...rename }, known);
    return claimDone(plan.claims[plan.claims.length - 1]);
  },

  retractClaim: async (tx: ManagedTransaction, input: RetractClaimInput): Promise<Done> => {
    if (input.reason.trim().length === 0 || input.reason.length > 1000) abort("reason", "reason must be 1-1000 characters");
    const found = await tx.run(cypher("get-claim"), { key: input.claimKey });
    if (found.records.length === 0) abort("claimKey", "no claim with this key", UserErrorCode.NOT_FOUND);
    const claim = toPlain(found.records[0].get("claim")) as Record<string, unknown>;
    if (claim.status === "RETRACTED") abort("claimKey", "the claim is already retracted");
    await tx.run(cypher("retract-claim"), { key: input.claimKey, reason: input.reason });
    await arbitrateFacts(tx, [claim.factKey as string]);
    return {
      operation: ChangeOperation.RETRACT_CLAIM,
      targetKind: "Claim",
      target: input.claimKey,
      ref: input.claimKey,
      before: { status: claim.status },
      after: { status: "RETRACTED" },
      reason: input.reason,
      tombstone: true,
    };
  },
};

// assertClaim, step by step: the input's own limits, what every kind of claim shares, the fact's
// records (a claim on an existing fact, or the new fact itself) for a relationship, an event or a
// metric, then the entities named must exist, and the written claim's change.

/** What assertClaim's steps share: the input, its claim's common values, and each entity it names (slug -> input field). */
interface ClaimContext {
  tx: ManagedTransaction;
  input: AssertClaimInput;
  slugs: Map<string, string>;
  common: { stance: string; certainty: string; citations: object[]; attributedTo: string | undefined };
  asserts: boolean;
}

/** The records a claim maps to, and where the seed validator's paths go in the input (`prefix`, `rename`). */
interface ClaimFacts {
  facts: FactsDto;
  prefix: string;
  rename: Record<string, string>;
}

function checkClaimInput(input: AssertClaimInput): void {
  limitList(input.citations, "citations", 20);
  limitList(input.event?.participants, "event.participants");
  const targets = [input.relationship, input.event, input.metric].filter((t) => t != null);
  if (targets.length !== 1) abort("", "name exactly one fact: relationship, event or metric");
}

async function claimContext(tx: ManagedTransaction, input: AssertClaimInput): Promise<ClaimContext> {
  const claim: ClaimContext = {
    tx,
    input,
    slugs: new Map(),
    common: { stance: input.stance, certainty: input.certainty, citations: citations(input.citations), attributedTo: undefined },
    asserts: input.stance === "ASSERTS",
  };
  claim.common.attributedTo = await entityRef(claim, input.attributedToId, "attributedToId");
  return claim;
}

/** The slug of an entity the claim names, remembered with its field for the existence check. */
async function entityRef(claim: ClaimContext, id: string | null | undefined, field: string): Promise<string | undefined> {
  if (id == null) return undefined;
  const slug = await entitySlug(claim.tx, id, field);
  claim.slugs.set(slug, field);
  return slug;
}

async function relationshipFacts(claim: ClaimContext, r: RelationshipFactInput): Promise<ClaimFacts> {
  const facts = emptyFacts();
  const rel = clean({
    type: r.type,
    from: await entityRef(claim, r.fromId, "relationship.fromId"),
    to: await entityRef(claim, r.toId, "relationship.toId"),
    title: r.title,
  });
  const exists = await factExists(claim.tx, `rel:${relationshipKey(r.type, rel.from as string, rel.to as string, r.title)}`);
  const rename = { "relationship.from": "relationship.fromId", "relationship.to": "relationship.toId", from: "fromId", to: "toId" };
  if (exists || !claim.asserts)
    facts.claims = [shape(ClaimDto, clean({ ...claim.common, relationship: rel, date: r.date }), "relationship")];
  else
    facts.relationships = [
      shape(
        RelationshipDto,
        clean({ ...rel, date: r.date, endDate: r.endDate, certainty: claim.input.certainty, citations: claim.common.citations }),
        "relationship",
      ),
    ];
  if (!exists && !claim.asserts) abort("relationship", "no such relationship to deny or dispute", UserErrorCode.NOT_FOUND);
  return { facts, prefix: exists || !claim.asserts ? "" : "relationship", rename };
}

async function eventFacts(claim: ClaimContext, e: EventFactInput): Promise<ClaimFacts> {
  const facts = emptyFacts();
  const participants = e.participants
    ? await Promise.all(
        e.participants.map(async (p, i) => ({
          entity: await entityRef(claim, p.entityId, `event.participants[${i}].entityId`),
          role: p.role,
        })),
      )
    : undefined;
  const values = clean({ date: e.date, amount: money(e.amount), valuation: money(e.valuation), percentage: e.percentage, round: e.round });
  const rename = { participants: "event.participants" };
  if (e.id != null) {
    const slug = await nodeSlug(claim.tx, e.id, "Event", "event.id");
    if (!(await eventOrMetric(claim.tx, slug)).event) abort("event.id", "no event with this id", UserErrorCode.NOT_FOUND);
    facts.claims = [shape(ClaimDto, clean({ ...claim.common, event: slug, ...values, participants }), "event")];
    return { facts, prefix: "", rename };
  }
  if (!claim.asserts) abort("event.id", "only an existing event can be denied or disputed");
  if (e.slug && (await eventOrMetric(claim.tx, e.slug)).event)
    abort("event.slug", `an event "${e.slug}" already exists`, UserErrorCode.ALREADY_EXISTS);
  facts.events = [
    shape(
      EventDto,
      clean({
        slug: e.slug,
        type: e.type,
        title: e.title,
        summary: e.summary,
        ...values,
        certainty: claim.input.certainty,
        participants: participants ?? [],
        citations: claim.common.citations,
      }),
      "event",
    ),
  ];
  return { facts, prefix: "event", rename };
}

async function metricFacts(claim: ClaimContext, m: MetricFactInput): Promise<ClaimFacts> {
  const facts = emptyFacts();
  if (m.id != null) {
    const slug = await nodeSlug(claim.tx, m.id, "Metric", "metric.id");
    if (!(await eventOrMetric(claim.tx, slug)).metric) abort("metric.id", "no metric with this id", UserErrorCode.NOT_FOUND);
    facts.claims = [
      shape(ClaimDto, clean({ ...claim.common, metric: slug, value: m.value, qualifier: m.qualifier, date: m.date }), "metric"),
    ];
    return { facts, prefix: "", rename: {} };
  }
  if (!claim.asserts) abort("metric.id", "only an existing metric can be denied or disputed");
  if (m.slug && (await eventOrMetric(claim.tx, m.slug)).metric)
    abort("metric.slug", `a metric "${m.slug}" already exists`, UserErrorCode.ALREADY_EXISTS);
  facts.metrics = [
    shape(
      MetricDto,
      clean({
        slug: m.slug,
        subject: await entityRef(claim, m.subjectId, "metric.subjectId"),
        name: m.name,
        value: m.value,
        qualifier: m.qualifier,
        unit: m.unit,
        currency: m.currency,
        date: m.date,
        certainty: claim.input.certainty,
        citations: claim.common.citations,
      }),
      "metric",
    ),
  ];
  return { facts, prefix: "metric", rename: { subject: "subjectId" } };
}

/** Every entity the claim names exists: returns their types by slug, for the relationship ends' rule. */
async function checkEntitiesExist(tx: ManagedTransaction, slugs: Map<string, string>): Promise<Map<string, string>> {
  const known = await existing(tx, [...slugs.keys()]);
  for (const [slug, field] of slugs) if (!known.has(slug)) abort(field, `no entity "${slug}"`, UserErrorCode.NOT_FOUND);
  return known;
}

function claimDone(claim: Record<string, unknown>): Done {
  return {
    operation: ChangeOperation.ASSERT_CLAIM,
    targetKind: "Claim",
    target: claim.key as string,
    ref: claim.key as string,
    before: null,
    after: claim,
    reason: null,
    tombstone: false,
  };
}

/** Runs the seed validator on the one-record folder, then writes it with the loader's statements; claim keys get the change's number. */
async function validateAndWrite(
  tx: ManagedTransaction,
  folder: SeedFolder,
  declared: Set<string>,
  seq: number,
  prefix: string,
  rename: Record<string, string>,
  types: Map<string, string> = new Map(),
) {
  const resolve = (reference: string) => {
    if (declared.has(reference) || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(reference)) return reference; // existence checked before
    throw new UnresolvedReference(reference, []);
  };
  const problems = folderProblems(folder, resolve, (slug) => types.get(slug));
  if (problems.length > 0) throw new UserErrorsAbort(folderErrors(problems, prefix, rename));
  const plan = buildSeedPlan(folder, resolve);
  // `<source>|<fact>|<n>` numbers a seed file's claims in file order; API claims take the change's number
  // instead, so they never collide with a seed file's (re)loaded claims nor with each other.
  for (const claim of plan.claims) claim.key = `${claim.sourceSlug as string}|${claim.factKey as string}|c${seq}`;
  await writePlan(tx, plan, undefined, { writeSource: false });
  return plan;
}

function shape<T extends object>(cls: new () => T, plain: object, prefix: string): T {
  const { instance, errors } = shapeErrors(cls, plain, prefix);
  if (errors.length > 0) throw new UserErrorsAbort(errors);
  return instance;
}

async function folderOf(tx: ManagedTransaction, sourceId: string, field: string): Promise<SeedFolder> {
  const slug = await nodeSlug(tx, sourceId, "Source", field);
  const found = await tx.run(cypher("get-source-for-citation"), { slug });
  if (found.records.length === 0) abort(field, "no source with this id", UserErrorCode.NOT_FOUND);
  const row = toPlain(found.records[0].get("source")) as Record<string, unknown>;
  const source = Object.assign(new SourceDto(), row);
  const textStored = row.textStored !== false && typeof row.text === "string";
  return { dir: "api", source, text: textStored ? (row.text as string) : "", textStored, facts: emptyFacts() };
}

/** The type of each of these entities that exists, by slug. */
async function existing(tx: ManagedTransaction, slugs: string[]): Promise<Map<string, string>> {
  const result = await tx.run(cypher("get-existing-entities"), { slugs });
  return new Map(result.records.map((r) => [r.get("slug") as string, r.get("type") as string]));
}

async function factExists(tx: ManagedTransaction, factKey: string): Promise<boolean> {
  const result = await tx.run(cypher("get-fact-claim-count"), { factKey });
  return Number(toPlain(result.records[0].get("claims"))) > 0;
}

async function eventOrMetric(tx: ManagedTransaction, slug: string): Promise<{ event: boolean; metric: boolean }> {
  const result = await tx.run(cypher("get-event-or-metric-exists"), { slug });
  return { event: result.records[0].get("event") === true, metric: result.records[0].get("metric") === true };
}

function limitList(list: unknown[] | null | undefined, field: string, max = MAX_LIST): void {
  if (list && list.length > max) abort(field, `at most ${max} items`);
}

function citations(list: CitationInput[]): object[] {
  return list.map((c) => clean({ quote: c.quote, note: c.note }));
}

/** Drops null and undefined fields: GraphQL sends null for an omitted optional field, the DTOs expect it absent. */
function clean<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

/** The seed files' money shape (`value`) from the API's (`amount`, as on `Money`). */
function money(input: MoneyInput | null | undefined): object | undefined {
  return input ? { value: input.amount, currency: input.currency } : undefined;
}

function emptyFacts(): FactsDto {
  return Object.assign(new FactsDto(), { entities: [], relationships: [], events: [], metrics: [], claims: [] });
}
