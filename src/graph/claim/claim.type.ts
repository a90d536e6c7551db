import { Field, Float, ObjectType } from "type-graphql";
import { Certainty, ClaimStance, ClaimStatus, MetricQualifier } from "../../common/enums";
import { Money, moneyFrom } from "../../common/money.type";
import { PartialDate, partialDateFrom } from "../../common/partial-date.type";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Entity } from "../entity/entity.type";
import { Source } from "../source/source.type";

@ObjectType({
  description:
    "One source's claim on a fact: what the source says about it (stance), the values it gives, and its citation " +
    "(verbatim quotes of a stored text, or a note in this project's own words for a reference source). A fact's own " +
    "fields show the values its claims decide (docs/claims.md); claims are never deleted, only marked SUPERSEDED or RETRACTED.",
})
export class Claim {
  @Field({ description: "Stable key of the claim: `<source slug>|<fact key>|<n>`." })
  key: string;
  @Field({
    description:
      "The key of the fact claimed: `event:<slug>`, `metric:<slug>`, `rel:<relationship key>`, or `entity:<slug>` for the declaration of an entity.",
  })
  factKey: string;
  @Field(() => Source, { description: "The source making the claim." })
  source?: Source;
  @Field(() => ClaimStance, { description: "ASSERTS, DENIES or DISPUTES the fact." })
  stance: ClaimStance;
  @Field(() => ClaimStatus, { description: "ACTIVE, or SUPERSEDED / RETRACTED (kept and shown, not counted)." })
  status: ClaimStatus;
  @Field(() => Certainty, {
    nullable: true,
    description: "How firmly the source states it; null on the claim that declares an entity (`entity:<slug>`), which states no value.",
  })
  certainty: Certainty | null;
  @Field({ description: "True when the editors pinned this claim's values: it ranks first among ASSERTS claims." })
  pinned: boolean;
  @Field(() => PartialDate, { nullable: true, description: "The date the claim gives the fact, as precisely as the source says." })
  date: PartialDate | null;
  @Field(() => Money, { nullable: true, description: "The amount the claim gives (price, round size, deal value), when it gives one." })
  amount: Money | null;
  @Field(() => Money, { nullable: true, description: "The valuation the claim gives, when it gives one." })
  valuation: Money | null;
  @Field(() => Float, { nullable: true, description: "A metric's value as the claim gives it (in the metric's unit)." })
  value: number | null;
  @Field(() => MetricQualifier, { nullable: true, description: "How the claim's `value` is qualified (about, more than ...)." })
  qualifier: MetricQualifier | null;
  @Field(() => Float, { nullable: true, description: "A percentage the claim gives (a price change), when it gives one." })
  percentage: number | null;
  @Field(() => String, { nullable: true, description: "A funding round's name as the claim gives it." })
  round: string | null;
  @Field(() => [String], { description: "Verbatim excerpts of the source's stored text (empty for a reference source)." })
  quotes: string[];
  @Field(() => String, {
    nullable: true,
    description: "For a reference source: what it states, in this project's own words (never a sentence of the source).",
  })
  note: string | null;
  @Field(() => Entity, {
    nullable: true,
    description: "The party whose position the source reports, when the claim is theirs rather than the source's own.",
  })
  attributedTo?: Entity | null;

  sourceSlug: string;
  attributedToSlug: string | null;
}

@ObjectType({ description: "A claim in a page of claims." })
export class ClaimEdge extends EdgeType<Claim>(() => Claim, "The claim.") {}

@ObjectType("ClaimConnection", { description: "A page of claims, in key order (source, then fact)." })
export class ClaimConnection extends ConnectionType(ClaimEdge) {}

export function claimFromRow(row: Record<string, unknown>): Claim {
  const notes = (row.notes as string[] | null) ?? [];
  return Object.assign(new Claim(), {
    key: row.key,
    factKey: row.factKey,
    sourceSlug: row.sourceSlug,
    stance: row.stance,
    status: row.status,
    certainty: row.certainty ?? null,
    pinned: row.pinned === true,
    date: row.dateText ? partialDateFrom(row) : null,
    amount: moneyFrom(row.amount, row.currency),
    valuation: moneyFrom(row.valuation, row.valuationCurrency),
    value: (row.value as number | null) ?? null,
    qualifier: (row.qualifier as MetricQualifier | null) ?? null,
    percentage: (row.percentage as number | null) ?? null,
    round: (row.round as string | null) ?? null,
    quotes: (row.quotes as string[] | null) ?? [],
    note: notes.length > 0 ? notes.join(" ") : null,
    attributedToSlug: (row.attributedTo as string | null) ?? null,
  });
}
