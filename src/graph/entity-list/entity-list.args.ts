import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { EntityKind, RelationshipDirection, RelationshipKind } from "../../common/enums";
import { PageArgs } from "../../common/page.args";
import { OrderDirection } from "../event/event.args";

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

@InputType({
  description:
    "Narrows an entity list. All given conditions must hold; `AND`, `OR` and `NOT` combine further filters (nested at most 4 levels deep, expanding to at most 64 alternatives). An empty list is no condition.",
})
export class EntityListFilter {
  @Field(() => [EntityKind], { nullable: true, description: "Only entities with at least one of these kinds." })
  kinds?: EntityKind[] | null;
  @Field(() => String, {
    nullable: true,
    description:
      "Only entities whose name or an alias contains this text, ignoring case, accents and punctuation (plain text, at most 200 characters).",
  })
  nameContains?: string | null;
  @Field(() => [RelationshipKind], {
    nullable: true,
    description: "Only entities with at least one relationship of these types, in either direction.",
  })
  hasRelationship?: RelationshipKind[] | null;
  @Field(() => RelationshipDirection, {
    nullable: true,
    description:
      "Which end of a `hasRelationship` relationship the entity must be: OUTGOING where it points from the entity (investors, for INVESTED_IN), INCOMING where it points to it (the companies invested in); either when omitted.",
  })
  hasRelationshipDirection?: RelationshipDirection | null;
  @Field(() => [EntityListFilter], { nullable: true, description: "Only entities that match every one of these filters." })
  AND?: EntityListFilter[] | null;
  @Field(() => [EntityListFilter], { nullable: true, description: "Only entities that match at least one of these filters." })
  OR?: EntityListFilter[] | null;
  @Field(() => EntityListFilter, { nullable: true, description: "Only entities that do not match this filter." })
  NOT?: EntityListFilter | null;
}

@InputType({ description: "Ordering of an entity list." })
export class EntityOrder {
  @Field(() => EntityOrderField, {
    defaultValue: EntityOrderField.NAME,
    description: "The sort key: NAME (default) or SLUG; ties are broken by slug.",
  })
  field: EntityOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "ASC: A first (default); DESC: Z first." })
  direction: OrderDirection;
}

@ArgsType()
export class EntityListArgs extends PageArgs {
  @Field(() => EntityListFilter, { nullable: true, description: "Conditions on kind, name and relationships, combined with AND/OR/NOT." })
  filter?: EntityListFilter | null;
  @Field(() => EntityOrder, { nullable: true, description: "Ordering; by name, A first, unless told otherwise." })
  orderBy?: EntityOrder | null;
}
