import { Field, Float, ObjectType } from "type-graphql";
import { globalIdOfRow } from "../../common/global-id";
import { Certainty, CurrencyCode, MetricQualifier } from "../../common/enums";
import { PartialDate, partialDateFrom } from "../../common/partial-date.type";
import { Entity } from "../entity/entity.type";
import { Node } from "../node/node.type";
import { citationsFrom } from "../source/citation.type";
import { withEvidence } from "../source/evidence.type";

@ObjectType({
  implements: Node,
  description: "A figure observed about an entity at a date: monthly active users, revenue, financing totals ...",
})
export class Metric extends withEvidence(Node) {
  @Field({ description: "Stable human-readable key." })
  slug: string;
  @Field({ description: "What is measured, camelCase: `monthlyActiveUsers`, `annualRevenue`, `financingCases` ..." })
  name: string;
  @Field(() => Float, { description: "The value, in `unit` (whole units: 26000000, not 26)." })
  value: number;
  @Field(() => MetricQualifier, { description: "How the figure relates to `value` (exactly, about, more than ...)." })
  qualifier: MetricQualifier;
  @Field({ description: "Unit of `value`: users, CNY, USD, percent, count ..." })
  unit: string;
  @Field(() => CurrencyCode, { nullable: true, description: "Currency of a monetary value (ISO 4217)." })
  currency: CurrencyCode | null;
  @Field(() => PartialDate, { description: "When the figure held, or the period it covers." })
  date: PartialDate;
  // Metrics say more than the shared wording: estimates and forecasts are stated ESTIMATED.
  @Field(() => Certainty, { description: "How firmly the source states it (ESTIMATED for estimates and forecasts)." })
  declare certainty: Certainty;
  @Field(() => Entity, { description: "What the figure is about." })
  subject?: Entity;
  @Field(() => Entity, { nullable: true, description: "The data provider the source attributes the figure to." })
  reportedBy?: Entity | null;

  subjectSlug: string;
  reportedBySlug: string | null;
}

export function metricFromRow(row: Record<string, unknown>): Metric {
  return Object.assign(new Metric(), {
    __typename: "Metric",
    id: globalIdOfRow("Metric", row),
    slug: row.slug,
    name: row.name,
    value: row.value,
    qualifier: row.qualifier ?? "EXACT",
    unit: row.unit,
    currency: row.currency ?? null,
    date: partialDateFrom(row),
    certainty: row.certainty,
    citations: citationsFrom(row),
    disputed: row.disputed === true,
    subjectSlug: row.subjectSlug,
    reportedBySlug: row.reportedBySlug ?? null,
  });
}
