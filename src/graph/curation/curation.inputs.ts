import { Field, Float, ID, InputType, Int } from "type-graphql";
import {
  Certainty,
  ClaimStance,
  EntityKind,
  EntityType,
  EventType,
  MetricQualifier,
  ParticipantRole,
  RelationshipKind,
} from "../../common/enums";

// Mutation inputs (Relay style: one `input` per mutation). Values are checked by the seed files' own
// rules (seed.dto.ts and seed.validate.ts) after mapping, so a rule never differs between the two.

@InputType()
abstract class MutationInput {
  @Field(() => String, { nullable: true, description: "Echoed back in the payload, for the client's own bookkeeping (Relay)." })
  clientMutationId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "Makes a retry safe: the first result is stored under this key (per API key) and a replay with the same input returns it without writing again; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). At most 200 characters.",
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "One piece of evidence: a verbatim quote of a stored text, or a note (our own words) on a reference source." })
export class CitationInput {
  @Field(() => String, { nullable: true, description: "Verbatim excerpt of the source's stored text (3-2000 characters)." })
  quote?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "For a source without stored text: what it states, in our own words (10-1000 characters).",
  })
  note?: string | null;
}

@InputType({ description: "An amount of money." })
export class MoneyInput {
  @Field(() => Float, { description: "The amount, in whole currency units (as `Money.amount`)." })
  amount: number;
  @Field({ description: "ISO 4217 code, e.g. `USD`, `CNY`." })
  currency: string;
}

@InputType({ description: "A new source: a document facts are taken from." })
export class CreateSourceInput extends MutationInput {
  @Field({ description: "Its stable key, lowercase-kebab, e.g. `36kr-2025-01-15-zhipu`." })
  slug: string;
  @Field({ description: "Title of the document (1-500 characters)." })
  title: string;
  @Field({ description: "Who published it (1-200 characters)." })
  publisher: string;
  @Field(() => String, { nullable: true, description: "Where it was published; required when no `text` is given." })
  url?: string | null;
  @Field({ description: "Publication date, possibly partial: `2024-12-05`, `2024-10`, `2024`." })
  publishedAt: string;
  @Field({ description: "Language of the text (BCP 47, e.g. `en`, `zh`)." })
  language: string;
  @Field(() => String, { nullable: true, description: "Language of the original when the text is a translation." })
  originalLanguage?: string | null;
  @Field(() => String, { nullable: true, description: "An editorial note on the source." })
  note?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The full text, when the project may store it: claims citing the source must then quote it verbatim (at most 200,000 characters).",
  })
  text?: string | null;
}

@InputType({ description: "Another name of an entity." })
export class AliasInput {
  @Field({ description: "The name as written (1-200 characters)." })
  name: string;
  @Field({ description: "Its language (BCP 47)." })
  language: string;
  @Field(() => String, { nullable: true, description: "Where the source's text uses it (verbatim)." })
  quote?: string | null;
}

@InputType({ description: "A new entity, declared by a source." })
export class CreateEntityInput extends MutationInput {
  @Field({ description: "Its stable key, lowercase-kebab, e.g. `zhipu-ai`." })
  slug: string;
  @Field(() => EntityType, { description: "Which kind of node it is." })
  type: EntityType;
  @Field({ description: "Canonical name (1-200 characters)." })
  name: string;
  @Field(() => [EntityKind], { description: "What it is." })
  kinds: EntityKind[];
  @Field(() => String, { nullable: true, description: "A short description (at most 2000 characters)." })
  description?: string | null;
  @Field(() => [AliasInput], { nullable: true, description: "Other names (at most 50)." })
  aliases?: AliasInput[] | null;
  @Field(() => ID, { description: "The source declaring it (`Source.id`)." })
  sourceId: string;
  @Field(() => [CitationInput], { description: "Where the source mentions it (1-20 citations)." })
  citations: CitationInput[];
}

@InputType({ description: "New values of an entity's editable attributes; the fields left out keep their value." })
export class UpdateEntityInput extends MutationInput {
  @Field(() => ID, { description: "The entity (`Entity.id`)." })
  id: string;
  @Field(() => Int, { description: "The `version` the change was based on; another version gives a CONFLICT userError." })
  expectedVersion: number;
  @Field(() => String, { nullable: true, description: "New canonical name; the old one stays as an alias." })
  name?: string | null;
  @Field(() => String, { nullable: true, description: "New description." })
  description?: string | null;
  @Field(() => [EntityKind], { nullable: true, description: "New kinds (replacing the old ones)." })
  kinds?: EntityKind[] | null;
  @Field(() => String, { nullable: true, description: "Why (kept in the audit trail)." })
  reason?: string | null;
}

@InputType({ description: "An alias a source gives an entity." })
export class AddAliasInput extends MutationInput {
  @Field(() => ID, { description: "The entity (`Entity.id`)." })
  entityId: string;
  @Field({ description: "The name as written (1-200 characters)." })
  name: string;
  @Field({ description: "Its language (BCP 47)." })
  language: string;
  @Field(() => ID, { description: "The source using the name (`Source.id`)." })
  sourceId: string;
  @Field(() => String, { nullable: true, description: "Where the source's stored text uses it (verbatim)." })
  quote?: string | null;
}

@InputType({ description: "An alias to remove (never the entity's canonical name)." })
export class RemoveAliasInput extends MutationInput {
  @Field(() => ID, { description: "The entity (`Entity.id`)." })
  entityId: string;
  @Field({ description: "The alias as listed in `Entity.aliases`." })
  name: string;
  @Field({ description: "Why (kept in the audit trail)." })
  reason: string;
}

@InputType({ description: "A party of an event." })
export class ParticipantInput {
  @Field(() => ID, { description: "The entity (`Entity.id`)." })
  entityId: string;
  @Field(() => ParticipantRole, { description: "Its role in the event." })
  role: ParticipantRole;
}

@InputType({ description: "A stated relationship between two existing entities (the fact a claim is about)." })
export class RelationshipFactInput {
  @Field(() => RelationshipKind, {
    description: "A stated relationship type: FOUNDED, WORKS_AT, OWNS, SUBSIDIARY_OF, INVESTED_IN, PARTNER_OF.",
  })
  type: RelationshipKind;
  @Field(() => ID, { description: "The entity it goes from (`Entity.id`)." })
  fromId: string;
  @Field(() => ID, { description: "The entity it goes to (`Entity.id`)." })
  toId: string;
  @Field(() => String, { nullable: true, description: "A job title (WORKS_AT); part of the relationship's identity." })
  title?: string | null;
  @Field(() => String, { nullable: true, description: "When it started, as the source says (partial date)." })
  date?: string | null;
  @Field(() => String, { nullable: true, description: "When it ended (partial date)." })
  endDate?: string | null;
}

@InputType({ description: "An event: an existing one (`id`), or a new one (`slug`, `type`, `date`, `title`)." })
export class EventFactInput {
  @Field(() => ID, { nullable: true, description: "An existing event (`Event.id`); or leave out and describe a new one." })
  id?: string | null;
  @Field(() => String, { nullable: true, description: "A new event's key, lowercase-kebab." })
  slug?: string | null;
  @Field(() => EventType, { nullable: true, description: "A new event's type." })
  type?: EventType | null;
  @Field(() => String, { nullable: true, description: "The date the source gives (partial date); required for a new event." })
  date?: string | null;
  @Field(() => String, { nullable: true, description: "A new event's title (1-300 characters)." })
  title?: string | null;
  @Field(() => String, { nullable: true, description: "A new event's summary." })
  summary?: string | null;
  @Field(() => [ParticipantInput], { nullable: true, description: "Its parties (a new event's, or ones this source adds; at most 50)." })
  participants?: ParticipantInput[] | null;
  @Field(() => MoneyInput, { nullable: true, description: "The amount the source gives." })
  amount?: MoneyInput | null;
  @Field(() => MoneyInput, { nullable: true, description: "The valuation the source gives." })
  valuation?: MoneyInput | null;
  @Field(() => Float, { nullable: true, description: "A percentage the source gives." })
  percentage?: number | null;
  @Field(() => String, { nullable: true, description: "A funding round's name." })
  round?: string | null;
}

@InputType({ description: "A metric value: an existing metric (`id`), or a new one." })
export class MetricFactInput {
  @Field(() => ID, { nullable: true, description: "An existing metric (`Metric.id`); or leave out and describe a new one." })
  id?: string | null;
  @Field(() => String, { nullable: true, description: "A new metric's key, lowercase-kebab." })
  slug?: string | null;
  @Field(() => ID, { nullable: true, description: "A new metric's subject (`Entity.id`)." })
  subjectId?: string | null;
  @Field(() => String, { nullable: true, description: "A new metric's name, camelCase (e.g. `monthlyActiveUsers`)." })
  name?: string | null;
  @Field(() => Float, { description: "The value the source gives." })
  value: number;
  @Field(() => MetricQualifier, { nullable: true, description: "How the value is qualified (default EXACT)." })
  qualifier?: MetricQualifier | null;
  @Field(() => String, { nullable: true, description: "A new metric's unit." })
  unit?: string | null;
  @Field(() => String, { nullable: true, description: "A new metric's currency, when the unit is money." })
  currency?: string | null;
  @Field(() => String, { nullable: true, description: "The date the value is for (partial date)." })
  date?: string | null;
}

@InputType({ description: "One source's claim on one fact: exactly one of `relationship`, `event`, `metric`." })
export class AssertClaimInput extends MutationInput {
  @Field(() => ID, { description: "The source making the claim (`Source.id`)." })
  sourceId: string;
  @Field(() => ClaimStance, { description: "ASSERTS (creates the fact when it is new), DENIES or DISPUTES (the fact must exist)." })
  stance: ClaimStance;
  @Field(() => Certainty, { description: "How firmly the source states it." })
  certainty: Certainty;
  @Field(() => [CitationInput], { description: "The evidence (1-20 citations)." })
  citations: CitationInput[];
  @Field(() => ID, { nullable: true, description: "The party whose position the source reports (`Entity.id`)." })
  attributedToId?: string | null;
  @Field(() => RelationshipFactInput, { nullable: true, description: "A stated relationship." })
  relationship?: RelationshipFactInput | null;
  @Field(() => EventFactInput, { nullable: true, description: "An event, or participation in one." })
  event?: EventFactInput | null;
  @Field(() => MetricFactInput, { nullable: true, description: "A metric value." })
  metric?: MetricFactInput | null;
}

@InputType({ description: "A claim to retract: it stays in the graph as RETRACTED and no longer counts." })
export class RetractClaimInput extends MutationInput {
  @Field({ description: "The claim (`Claim.key`)." })
  claimKey: string;
  @Field({ description: "Why it is retracted (1-1000 characters; kept in the audit trail)." })
  reason: string;
}

@InputType({ description: "A new slug for an entity; its id stays, and the old slug keeps resolving (`redirectedFrom`)." })
export class RenameEntityInput extends MutationInput {
  @Field(() => ID, { description: "The entity (`Entity.id`)." })
  id: string;
  @Field({ description: "The new slug, lowercase-kebab, not used by another entity nor by another entity's former slug." })
  newSlug: string;
  @Field({ description: "Why (1-1000 characters; kept in the audit trail)." })
  reason: string;
  @Field(() => Int, {
    nullable: true,
    description: "The `version` the rename was based on, if given; another version gives a CONFLICT userError.",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "Two entities that are one: the merged one's facts, aliases and ids move to the survivor." })
export class MergeEntitiesInput extends MutationInput {
  @Field(() => ID, { description: "The entity that carries on (`Entity.id`)." })
  survivorId: string;
  @Field(() => ID, {
    description: "The entity merged into it (`Entity.id`), of the same type; its id and slug then resolve to the survivor.",
  })
  mergedId: string;
  @Field({ description: "Why (1-1000 characters; kept in the audit trail)." })
  reason: string;
}
