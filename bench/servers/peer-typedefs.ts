/**
 * The peer: the same stored graph described for @neo4j/graphql 7 (labels and relationship types as
 * the seed loader writes them), so the library generates its own Cypher over our database. The sort
 * keys the API pages by are declared (relationship `dateStart` and `key`, node `sortName`), so the
 * peer's connections can be sorted as ours are and answer the same rows per page.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Alias @node {
    name: String!
    language: String
    normalized: String!
    isName: Boolean
    entity: [Entity!]! @relationship(type: "ALIAS_OF", direction: OUT)
  }

  type Role @relationshipProperties {
    title: String
    dateText: String
    dateStart: Date
    key: String
  }

  type Investment @relationshipProperties {
    round: String
    dateText: String
    dateStart: Date
    key: String
    amount: Float
    currency: String
  }

  type Participation @relationshipProperties {
    role: String!
  }

  interface Entity {
    slug: String!
    name: String!
    sortName: String
    kinds: [String!]!
    description: String
    aliases: [Alias!]! @declareRelationship
  }

  type Organization implements Entity @node(labels: ["Organization", "Entity"]) {
    slug: String!
    name: String!
    sortName: String
    kinds: [String!]!
    description: String
    aliases: [Alias!]! @relationship(type: "ALIAS_OF", direction: IN)
    founders: [Person!]! @relationship(type: "FOUNDED", direction: IN, properties: "Role")
    investors: [Entity!]! @relationship(type: "INVESTED_IN", direction: IN, properties: "Investment")
    portfolio: [Entity!]! @relationship(type: "INVESTED_IN", direction: OUT, properties: "Investment")
  }

  type Person implements Entity @node(labels: ["Person", "Entity"]) {
    slug: String!
    name: String!
    sortName: String
    kinds: [String!]!
    description: String
    aliases: [Alias!]! @relationship(type: "ALIAS_OF", direction: IN)
  }

  type Product implements Entity @node(labels: ["Product", "Entity"]) {
    slug: String!
    name: String!
    sortName: String
    kinds: [String!]!
    description: String
    aliases: [Alias!]! @relationship(type: "ALIAS_OF", direction: IN)
  }

  type Market implements Entity @node(labels: ["Market", "Entity"]) {
    slug: String!
    name: String!
    sortName: String
    kinds: [String!]!
    description: String
    aliases: [Alias!]! @relationship(type: "ALIAS_OF", direction: IN)
  }

  type Event @node {
    slug: String!
    type: String!
    title: String!
    dateText: String
    dateStart: Date
    dateEnd: Date
    participants: [Entity!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
  }
`;
