import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { EntityKind } from "../../common/enums";
import { PageArgs } from "../../common/page.args";
import { OrderDirection } from "../event/event.args";

/** The relationship types stored between entities (the values are the Neo4j types, whitelisted by the enum). */
export enum RelationshipKind {
  INVESTED_IN = "INVESTED_IN",
  ACQUIRED = "ACQUIRED",
  SUED = "SUED",
  FOUNDED = "FOUNDED",
  WORKS_AT = "WORKS_AT",
  JOINED = "JOINED",
  OWNS = "OWNS",
  SUBSIDIARY_OF = "SUBSIDIARY_OF",
  LICENSED = "LICENSED",
  PARTNER_OF = "PARTNER_OF",
  POSITIONED_IN = "POSITIONED_IN",
}
registerEnumType(RelationshipKind, {
  name: "RelationshipKind",
  description: "A type of relationship stored between two entities.",
  valuesConfig: {
    INVESTED_IN: { description: "An investor put money into a company (stated, or from a funding round)." },
    ACQUIRED: { description: "An organisation bought another (from an acquisition event)." },
    SUED: { description: "A party brought an arbitration or lawsuit against another." },
    FOUNDED: { description: "A person founded an organisation." },
    WORKS_AT: { description: "A person holds or held a role at an organisation." },
    JOINED: { description: "A person or team moved to an organisation (from a talent move)." },
    OWNS: { description: "An organisation owns a product." },
    SUBSIDIARY_OF: { description: "An organisation is a subsidiary or unit of another." },
    LICENSED: { description: "A party licensed technology from another (from a licensing deal)." },
    PARTNER_OF: { description: "Two organisations are partners." },
    POSITIONED_IN: { description: "An organisation positions itself in a market segment." },
  },
});

export enum EntityOrderField {
  NAME = "NAME",
  SLUG = "SLUG",
}
registerEnumType(EntityOrderField, {
  name: "EntityOrderField",
  description: "What an entity list is sorted by.",
  valuesConfig: {
    NAME: { description: "The name, ignoring case, accents and punctuation (default)." },
    SLUG: { description: "The slug." },
  },
});

@InputType({ description: "Narrows an entity list. All given conditions must hold." })
export class EntityListFilter {
  @Field(() => [EntityKind], { nullable: true, description: "Only entities with at least one of these kinds." })
  kinds?: EntityKind[] | null;
  @Field(() => String, {
    nullable: true,
    description: "Only entities whose name or an alias contains this text, ignoring case, accents and punctuation (plain text, at most 200 characters).",
  })
  nameContains?: string | null;
  @Field(() => [RelationshipKind], { nullable: true, description: "Only entities with at least one relationship of these types, in either direction." })
  hasRelationship?: RelationshipKind[] | null;
}

@InputType({ description: "Ordering of an entity list." })
export class EntityOrder {
  @Field(() => EntityOrderField, { defaultValue: EntityOrderField.NAME, description: "The sort key: NAME (default) or SLUG; ties are broken by slug." })
  field: EntityOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "ASC: A first (default); DESC: Z first." })
  direction: OrderDirection;
}

@ArgsType()
export class EntityListArgs extends PageArgs {
  @Field(() => EntityListFilter, { nullable: true, description: "Conditions on kind, name and relationships." })
  filter?: EntityListFilter | null;
  @Field(() => EntityOrder, { nullable: true, description: "Ordering; by name, A first, unless told otherwise." })
  orderBy?: EntityOrder | null;
}
