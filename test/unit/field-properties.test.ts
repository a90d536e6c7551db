import "reflect-metadata";
import { getNamedType, GraphQLObjectType, GraphQLSchema, isObjectType } from "graphql";
import { buildAppSchema } from "../../src/schema";
import {
  ENTITY_ALWAYS,
  ENTITY_FIELD_PROPERTIES,
  EVENT_ALWAYS,
  EVENT_FIELD_PROPERTIES,
  RELATIONSHIP_FIELD_PROPERTIES,
} from "../../src/graph/compile/field-properties";
import { RELATIONSHIP_CONNECTIONS } from "../../src/common/vocabulary";

// The statements that read only what an operation selects (src/graph/compile) know which stored
// properties each field reads. A field of an entity, event or edge type that is in no table and not
// listed here as reading none would answer empty there: this test fails first, naming it.

/** Fields that read no stored property of their own: from the key through a loader, or from a flag of the plan (citations, aliases, participants). */
const READS_NONE = {
  entity: ["slug", "type", "aliases", "citations", "citationsConnection", "redirectedFrom", "eventsPerYear", "investmentSummary"],
  event: ["slug", "type", "citations", "citationsConnection", "participants", "participantsConnection", "claims"],
  edge: ["cursor", "node", "relationship", "role", "citations", "citationsConnection"],
};

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const implementing = (name: string) =>
  Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && type.getInterfaces().some((i) => i.name === name),
  );

/** The edge types of every relationship connection. */
function edgeTypes(): GraphQLObjectType[] {
  const found = new Map<string, GraphQLObjectType>();
  for (const type of Object.values(schema.getTypeMap()))
    if (isObjectType(type))
      for (const [name, field] of Object.entries(type.getFields()))
        if (name in RELATIONSHIP_CONNECTIONS) {
          const connection = getNamedType(field.type);
          const edges = isObjectType(connection) ? connection.getFields().edges : undefined;
          if (edges) found.set(getNamedType(edges.type).name, getNamedType(edges.type) as GraphQLObjectType);
        }
  return [...found.values()];
}

/** Each field of the types as [type, field, known]: known when a table, the always-read list or READS_NONE has it. */
const unknownFields = (types: GraphQLObjectType[], known: (name: string, args: number) => boolean) =>
  types.flatMap((type) => Object.entries(type.getFields()).map(([name, field]) => [type.name, name, known(name, field.args.length)]));
const allKnown = (rows: unknown[][]) => rows.map(([type, name]) => [type, name, true]);

describe("the stored properties each field reads", () => {
  it("knows every field of every entity type (a field with arguments is a list read from the slug)", () => {
    const rows = unknownFields(
      implementing("Entity"),
      (name, args) => name in ENTITY_FIELD_PROPERTIES || READS_NONE.entity.includes(name) || args > 0,
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(rows).toEqual(allKnown(rows));
  });

  it("knows every field of every event type", () => {
    const rows = unknownFields(implementing("Event"), (name) => name in EVENT_FIELD_PROPERTIES || READS_NONE.event.includes(name));
    expect(rows.length).toBeGreaterThan(50);
    expect(rows).toEqual(allKnown(rows));
  });

  it("knows every field of every relationship edge type", () => {
    const types = edgeTypes();
    expect(types.length).toBeGreaterThan(8);
    const rows = unknownFields(types, (name) => name in RELATIONSHIP_FIELD_PROPERTIES || READS_NONE.edge.includes(name));
    expect(rows).toEqual(allKnown(rows));
  });

  it("always reads the key and the type of entities and events", () => {
    expect(ENTITY_ALWAYS).toEqual(["slug", "type"]);
    expect(EVENT_ALWAYS).toEqual(expect.arrayContaining(["slug", "type"]));
  });
});
