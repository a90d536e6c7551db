import { Field, Float, Int, InterfaceType, ObjectType } from "type-graphql";
import { withLazyId } from "../../common/global-id";
import { EventType, LegalKind, ParticipantRole } from "../../common/enums";
import { Money, moneyFrom } from "../../common/money.type";
import { PartialDate, partialDateFrom } from "../../common/partial-date.type";
import { Entity } from "../entity/entity.type";
import { Node } from "../node/node.type";
import { citationsFrom } from "../source/citation.type";
import { withEvidence } from "../source/evidence.type";

@ObjectType({ description: "An entity taking part in an event, and the part it plays." })
export class Participant {
  @Field(() => ParticipantRole, { description: "The part played: ACQUIRER, TARGET, CLAIMANT ..." })
  role: ParticipantRole;
  @Field(() => Entity, { description: "Who took part." })
  entity: Entity;
}

@InterfaceType({
  implements: Node,
  description:
    "Something that happened at a date: a funding round, an acquisition, an arbitration, a price cut, a talent move, a statement ...",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Event extends withEvidence(Node) {
  @Field({ description: "Stable human-readable key." })
  slug: string;
  @Field(() => EventType, { description: "The kind of event." })
  type: EventType;
  @Field(() => PartialDate, { description: "When it happened, as precisely as the source says." })
  date: PartialDate;
  @Field({ description: "A one-line title." })
  title: string;
  @Field(() => String, { nullable: true, description: "A short summary in the editors' words." })
  summary: string | null;
  @Field(() => [Participant], {
    description: "Who took part, and as what.",
    deprecationReason: "Use `participantsConnection`, paged like every list that grows (docs/api-design.md).",
  })
  participants?: Participant[];
}

const implementsEvent = { implements: [Node, Event] };

@ObjectType({ ...implementsEvent, description: "Investors put money into a company (one or several rounds)." })
export class FundingRound extends Event {
  @Field(() => Money, { nullable: true, description: "Size of the round, when reported." })
  amount: Money | null;
  @Field(() => String, { nullable: true, description: "Round name (Seed, Series A ...), when reported." })
  round: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'How many rounds the event covers when the source groups them ("two rounds of financing").',
  })
  roundCount: number | null;
}

@ObjectType({ ...implementsEvent, description: "One organisation buys another (or buys it out in substance)." })
export class Acquisition extends Event {
  @Field(() => Money, { nullable: true, description: "Price paid, when reported." })
  price: Money | null;
  @Field(() => Money, { nullable: true, description: "Valuation of the target in the deal, when reported." })
  valuation: Money | null;
}

@ObjectType({ ...implementsEvent, description: "An arbitration or lawsuit between parties." })
export class LegalAction extends Event {
  @Field(() => LegalKind, { description: "ARBITRATION or LAWSUIT." })
  legalKind: LegalKind;
}

@ObjectType({ ...implementsEvent, description: "A vendor changes its prices." })
export class PriceChange extends Event {
  @Field(() => Float, { nullable: true, description: "Change in percent; negative for a cut (-90 is a 90% cut)." })
  percentage: number | null;
}

@ObjectType({ ...implementsEvent, description: "A person or team moves from one organisation to another." })
export class TalentMove extends Event {
  @Field(() => String, { nullable: true, description: "The role taken at the new organisation, when reported." })
  jobTitle: string | null;
}

@ObjectType({ ...implementsEvent, description: "A technology licensing agreement." })
export class LicensingDeal extends Event {
  @Field(() => Money, { nullable: true, description: "Value of the deal, when reported." })
  amount: Money | null;
}

@ObjectType({ ...implementsEvent, description: "A product is launched." })
export class ProductLaunch extends Event {}

@ObjectType({
  ...implementsEvent,
  description: "Someone said something on the record (named, or described when the source keeps them anonymous).",
})
export class Statement extends Event {
  @Field(() => String, { nullable: true, description: "What was said, as the source quotes it." })
  quote: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who spoke, when the source does not name them ("an investor in the AI large model track").',
  })
  speakerDescription: string | null;
}

@ObjectType({ ...implementsEvent, description: "A company lays off staff." })
export class Layoff extends Event {}

const CLASSES: Record<string, new () => Event> = {
  FUNDING_ROUND: FundingRound,
  ACQUISITION: Acquisition,
  LEGAL_ACTION: LegalAction,
  PRICE_CHANGE: PriceChange,
  TALENT_MOVE: TalentMove,
  LICENSING_DEAL: LicensingDeal,
  PRODUCT_LAUNCH: ProductLaunch,
  STATEMENT: Statement,
  LAYOFF: Layoff,
};

/** An event row from Cypher (`ev {.*}`) as its GraphQL object. */
export function eventFromRow(row: Record<string, unknown>): Event {
  const Class = CLASSES[row.type as string];
  const event = Object.assign(new Class(), {
    __typename: Class.name,
    slug: row.slug,
    type: row.type,
    date: partialDateFrom(row),
    title: row.title,
    summary: row.summary ?? null,
    certainty: row.certainty,
    citations: citationsFrom(row),
    disputed: row.disputed === true,
    amount: moneyFrom(row.amount, row.currency),
    price: moneyFrom(row.amount, row.currency),
    valuation: moneyFrom(row.valuation, row.valuationCurrency),
    round: row.round ?? null,
    roundCount: row.roundCount ?? null,
    legalKind: row.legalKind ?? null,
    percentage: row.percentage ?? null,
    jobTitle: row.jobTitle ?? null,
    quote: row.quote ?? null,
    speakerDescription: row.speakerDescription ?? null,
  });
  return withLazyId(event, "Event", row);
}
