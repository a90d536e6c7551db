import { Field, InterfaceType, Int, ObjectType } from "type-graphql";
import { withLazyId } from "../../common/global-id";
import { Citation, citationsFrom } from "../source/citation.type";
import { EntityKind, EntityType } from "../../common/enums";
import { Node } from "../node/node.type";

@ObjectType({ description: "Another name an entity is known by, in a given language." })
export class Alias {
  @Field({ description: "The name as written, e.g. `月之暗面` or `Dark Side of the Moon`." })
  name: string;
  @Field({ description: "Language of the name (BCP 47: `en`, `zh`); `und` for the canonical name." })
  language: string;
}

const TYPENAMES: Record<string, string> = { ORGANIZATION: "Organization", PERSON: "Person", PRODUCT: "Product", MARKET: "Market" };

@InterfaceType({
  implements: Node,
  description: "A company, investor, person, product or market in the graph.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Entity extends Node {
  @Field({ description: "Stable human-readable key, e.g. `moonshot-ai`; use with `entity(slug:)`." })
  slug: string;
  @Field({ description: "Canonical name, e.g. `Moonshot AI`." })
  name: string;
  @Field(() => EntityType, { description: "Which GraphQL type this entity is." })
  type: EntityType;
  @Field(() => [EntityKind], { description: "What the entity is; an organisation may be several things at once." })
  kinds: EntityKind[];
  @Field(() => String, { nullable: true, description: "A short editorial description." })
  description: string | null;
  @Field(() => Int, {
    description:
      "Moves by one with every change to the entity or its aliases (1 as seeded); pass it as `updateEntity`'s `expectedVersion`.",
  })
  version: number;
  @Field(() => [Alias], { description: "Every other name the entity is known by, in any language." })
  aliases: Alias[];
  @Field(() => [Citation], {
    description: "Where the entity is mentioned: source and verbatim quote.",
    deprecationReason: "Use `citationsConnection`, paged like every list that grows (docs/api-design.md).",
  })
  citations: Citation[];
  @Field(() => String, {
    nullable: true,
    description:
      "The retired slug or id this entity was looked up by (`entity`, `entities`, `node`, `nodes`) when that slug or id belonged to an entity since renamed or merged into this one; null when it was looked up by a current slug or id. Clients that keep references should store this entity's current `id` (and `slug`) in place of the one they asked with.",
  })
  redirectedFrom: string | null;
}

@ObjectType({ implements: [Node, Entity], description: "A company, investor, lab, publisher or other organisation." })
export class Organization extends Entity {}

@ObjectType({ implements: [Node, Entity], description: "A person: founder, executive, investor, researcher." })
export class Person extends Entity {}

@ObjectType({ implements: [Node, Entity], description: "A product, model or service." })
export class Product extends Entity {}

@ObjectType({ implements: [Node, Entity], description: "A market or market segment, the subject of market statistics and positioning." })
export class Market extends Entity {}

const CLASSES: Record<string, new () => Entity> = { Organization, Person, Product, Market };

/** An entity row from Cypher (`e {.*, aliases: [...]}`) as its GraphQL object. */
export function entityFromRow(row: Record<string, unknown>): Entity {
  const typename = TYPENAMES[row.type as string] ?? "Organization";
  const entity = new CLASSES[typename]();
  Object.assign(entity, {
    __typename: typename,
    slug: row.slug,
    name: row.name,
    type: row.type,
    kinds: row.kinds ?? [],
    description: row.description ?? null,
    version: typeof row.version === "number" ? row.version : 1,
    aliases: ((row.aliases as Alias[] | null) ?? []).map((a) => ({ name: a.name, language: a.language })),
    citations: citationsFrom(row),
    redirectedFrom: null,
  });
  return withLazyId(entity, "Entity", row);
}
