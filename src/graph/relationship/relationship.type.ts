import { ClassType, Field, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../../common/pagination";
import { Certainty, LegalKind, ParticipantRole, RelationshipKind } from "../../common/enums";
import { Money, moneyFrom } from "../../common/money.type";
import { PartialDate, partialDateFrom } from "../../common/partial-date.type";
import { Entity, entityFromRow, Market, Organization, Person, Product } from "../entity/entity.type";
import { Event } from "../event/event.type";
import { citationsFrom } from "../source/citation.type";
import { withEvidence } from "../source/evidence.type";
import { RelationshipRow } from "./relationship.repository";

/**
 * Fields every relationship edge has: the entity at the other end, the stored type, date, certainty,
 * evidence. The node is typed by the far end where RELATIONSHIP_ENDS fixes it to one entity type
 * (test/unit/relationship-ends.test.ts checks each connection against the table), `Entity` otherwise.
 */
function RelationshipEdgeType<TNode extends Entity>(nodeType: () => ClassType<TNode> | typeof Entity, nodeDescription: string) {
  @ObjectType()
  abstract class RelationshipEdgeFields extends EdgeType<TNode, ReturnType<typeof withEvidence<ObjectConstructor>>>(
    nodeType,
    nodeDescription,
    withEvidence(Object),
  ) {
    @Field(() => RelationshipKind, { description: "The stored relationship type, e.g. `INVESTED_IN`, `WORKS_AT`." })
    relationship: RelationshipKind;
    @Field(() => PartialDate, { nullable: true, description: "When the relationship began or the event behind it happened." })
    date: PartialDate | null;
    @Field(() => Event, {
      nullable: true,
      description: "The event this relationship was derived from (acquisition, funding round, legal action ...), if any.",
    })
    event?: Event | null;

    eventSlug: string | null;
    /** Where this edge's claims are filed: its event's for a derived edge, its own key for a stated one. */
    factKey: string;
  }
  return RelationshipEdgeFields;
}

/** What every relationship edge type has, whatever its node type. */
export type RelationshipEdge = InstanceType<ReturnType<typeof RelationshipEdgeType<Entity>>>;

/** An investment's fields, seen from the company (investors of any type) or from the investor (companies). */
function InvestmentEdgeType<TNode extends Entity>(nodeType: () => ClassType<TNode> | typeof Entity, nodeDescription: string) {
  @ObjectType()
  abstract class InvestmentEdgeFields extends RelationshipEdgeType<TNode>(nodeType, nodeDescription) {
    @Field(() => String, { nullable: true, description: "Round name, when reported." })
    round: string | null;
    @Field(() => Money, { nullable: true, description: "Amount invested or round size, when reported." })
    amount: Money | null;
  }
  return InvestmentEdgeFields;
}

@ObjectType({ description: "An investor in a company, with the round when reported." })
export class InvestmentEdge extends InvestmentEdgeType(() => Entity, "The investor: an organisation or a person.") {}

@ObjectType({ description: "A company an investor put money into, with the round when reported." })
export class PortfolioEdge extends InvestmentEdgeType(() => Organization, "The company invested in.") {}

/** A role's fields, seen from the person (organisations) or from the organisation (people). */
function RoleEdgeType<TNode extends Entity>(nodeType: () => ClassType<TNode>, nodeDescription: string) {
  @ObjectType()
  abstract class RoleEdgeFields extends RelationshipEdgeType<TNode>(nodeType, nodeDescription) {
    @Field(() => String, { nullable: true, description: "The job title, e.g. `Managing Partner`, `CTO`; `Founder` for FOUNDED." })
    jobTitle: string | null;
    @Field(() => String, {
      nullable: true,
      description: "Title, e.g. `Managing Partner`, `CTO`; `Founder` for FOUNDED.",
      deprecationReason: "Use `jobTitle` (the name `MoveEdge` and `TalentMove` use; `title` is an event's headline).",
    })
    title: string | null;
    @Field(() => PartialDate, { nullable: true, description: "When the role began, when known." })
    from: PartialDate | null;
    @Field(() => PartialDate, { nullable: true, description: "When the role ended; null while it lasts or when unknown." })
    to: PartialDate | null;
  }
  return RoleEdgeFields;
}

@ObjectType({ description: "A role a person holds or held at an organisation (including founding it), seen from the person." })
export class RoleEdge extends RoleEdgeType(() => Organization, "The organisation.") {}

@ObjectType({ description: "A person who holds or held a role at an organisation (including founding it), seen from the organisation." })
export class RoleHolderEdge extends RoleEdgeType(() => Person, "The person.") {}

@ObjectType({ description: "An acquisition seen from the buyer or the company bought." })
export class AcquisitionEdge extends RelationshipEdgeType(() => Entity, "The other party: the buyer, or what was bought.") {
  @Field(() => Money, { nullable: true, description: "Price paid, when reported." })
  price: Money | null;
  @Field(() => Money, { nullable: true, description: "Valuation in the deal, when reported." })
  valuation: Money | null;
}

@ObjectType({ description: "A legal action (arbitration or lawsuit) between this entity and another party." })
export class LegalActionEdge extends RelationshipEdgeType(() => Entity, "The other party.") {
  @Field(() => LegalKind, { nullable: true, description: "ARBITRATION or LAWSUIT (the event's `LegalAction.legalKind`)." })
  legalKind: LegalKind | null;
  @Field(() => LegalKind, {
    nullable: true,
    description: "ARBITRATION or LAWSUIT.",
    deprecationReason: "Use `legalKind`, as on `LegalAction`.",
  })
  kind: LegalKind | null;
  @Field(() => ParticipantRole, { description: "This entity's side: CLAIMANT or RESPONDENT." })
  role: ParticipantRole;
}

@ObjectType({ description: "A talent move: the organisation a person joined, and the one left when reported." })
export class MoveEdge extends RelationshipEdgeType(() => Organization, "The organisation joined.") {
  @Field(() => String, { nullable: true, description: "The role taken, when reported." })
  jobTitle: string | null;
  @Field(() => Entity, { nullable: true, description: "The organisation left, when reported." })
  left?: Entity | null;

  leftSlug: string | null;
}

@ObjectType({ description: "A product an organisation owns, with the evidence." })
export class OwnedProductEdge extends RelationshipEdgeType(() => Product, "The product.") {}

@ObjectType({ description: "An owner of a product, with the evidence." })
export class ProductOwnerEdge extends RelationshipEdgeType(() => Organization, "The organisation that owns the product.") {}

@ObjectType({ description: "A subsidiary or parent organisation." })
export class OrganizationLinkEdge extends RelationshipEdgeType(() => Organization, "The parent or subsidiary.") {}

@ObjectType({ description: "A market segment an organisation positions itself in, with the evidence." })
export class MarketPositionEdge extends RelationshipEdgeType(() => Market, "The market segment.") {}

@ObjectType({ description: "A page of a company's investors." })
export class InvestmentConnection extends ConnectionType(InvestmentEdge) {}
@ObjectType({ description: "A page of the companies an investor invested in." })
export class PortfolioConnection extends ConnectionType(PortfolioEdge) {}
@ObjectType({ description: "A page of a person's roles." })
export class RoleConnection extends ConnectionType(RoleEdge) {}
@ObjectType({ description: "A page of the people with a role at an organisation." })
export class RoleHolderConnection extends ConnectionType(RoleHolderEdge) {}
@ObjectType({ description: "A page of acquisitions." })
export class AcquisitionConnection extends ConnectionType(AcquisitionEdge) {}
@ObjectType({ description: "A page of legal actions." })
export class LegalActionConnection extends ConnectionType(LegalActionEdge) {}
@ObjectType({ description: "A page of talent moves." })
export class MoveConnection extends ConnectionType(MoveEdge) {}
@ObjectType({ description: "A page of the products an organisation owns." })
export class OwnedProductConnection extends ConnectionType(OwnedProductEdge) {}
@ObjectType({ description: "A page of a product's owners." })
export class ProductOwnerConnection extends ConnectionType(ProductOwnerEdge) {}
@ObjectType({ description: "A page of linked organisations." })
export class OrganizationLinkConnection extends ConnectionType(OrganizationLinkEdge) {}
@ObjectType({ description: "A page of the market segments an organisation positions itself in." })
export class MarketPositionConnection extends ConnectionType(MarketPositionEdge) {}

/** The fields all edges share, read from a relationship row; each connection adds its own. */
export function edgeBase(row: RelationshipRow, cursor: string) {
  const r = row.relationship;
  const eventSlug = typeof r.eventSlug === "string" ? r.eventSlug : null;
  return {
    cursor,
    node: entityFromRow(row.other),
    relationship: r.type as RelationshipKind,
    date: partialDateFrom(r),
    certainty: r.certainty as Certainty,
    citations: citationsFrom(r),
    eventSlug,
    disputed: r.disputed === true,
    // A relationship an event implies shares the event's claims; any other is a fact of its own.
    factKey: eventSlug ? `event:${eventSlug}` : `rel:${r.key as string}`,
  };
}

/** A role's title under its name and under the deprecated `title`, for a release. */
export function jobTitles(jobTitle: string | null) {
  return { jobTitle, title: jobTitle };
}

/** Per-connection extra fields, from the stored relationship's properties. */
export const EDGE_FIELDS = {
  investment: (r: RelationshipRow["relationship"]) => ({ round: (r.round as string) ?? null, amount: moneyFrom(r.amount, r.currency) }),
  role: (r: RelationshipRow["relationship"]) => ({
    ...jobTitles((r.title as string | null) ?? (r.type === "FOUNDED" ? "Founder" : null)),
    from: partialDateFrom(r),
    to: partialDateFrom(r, "endDate"),
  }),
  acquisition: (r: RelationshipRow["relationship"]) => ({
    price: moneyFrom(r.amount, r.currency),
    valuation: moneyFrom(r.valuation, r.valuationCurrency),
  }),
  legalAction: (r: RelationshipRow["relationship"]) => ({
    legalKind: (r.kind as LegalKind) ?? null,
    kind: (r.kind as LegalKind) ?? null,
    role: (r.outgoing ? "CLAIMANT" : "RESPONDENT") as ParticipantRole,
  }),
  move: (r: RelationshipRow["relationship"]) => ({
    jobTitle: (r.title as string | null) ?? null,
    leftSlug: (r.leftSlug as string | null) ?? null,
  }),
  none: () => ({}),
};
