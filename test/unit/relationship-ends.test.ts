import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, GraphQLObjectType, getNamedType } from "graphql";
import {
  ENTITY_LABELS,
  EntityTypeName,
  farEndTypes,
  RELATIONSHIP_CONNECTIONS,
  relationshipEndProblems,
  ConnectionName,
} from "../../src/common/vocabulary";
import { FactsDto, SourceDto } from "../../src/seed/seed.dto";
import { SeedFolder } from "../../src/seed/seed.reader";
import { folderProblems } from "../../src/seed/seed.validate";

const TYPES: Record<string, EntityTypeName> = { moonshot: "ORGANIZATION", yang: "PERSON", kimi: "PRODUCT", "to-b": "MARKET" };
const typeOf = (slug: string) => TYPES[slug];
const citations = [{ note: "The article says so, in our own words." }];

function folder(facts: Partial<FactsDto>): SeedFolder {
  return {
    dir: "test",
    source: Object.assign(new SourceDto(), { slug: "a-source" }),
    text: "",
    textStored: false,
    facts: Object.assign(new FactsDto(), { entities: [], relationships: [], events: [], metrics: [], claims: [], ...facts }),
  };
}

describe("which entity types a relationship may join", () => {
  it("accepts a person founding an organisation and refuses a product as founder", () => {
    expect(relationshipEndProblems("FOUNDED", "PERSON", "ORGANIZATION")).toEqual([]);
    expect(relationshipEndProblems("FOUNDED", "PRODUCT", "ORGANIZATION")).toEqual([
      { end: "from", message: "FOUNDED goes from PERSON to ORGANIZATION: its from end cannot be a PRODUCT" },
    ]);
  });

  it("names both ends when both are wrong, and leaves an unknown type alone", () => {
    expect(relationshipEndProblems("OWNS", "PRODUCT", "MARKET").map((p) => p.end)).toEqual(["from", "to"]);
    expect(relationshipEndProblems("OWNS", undefined, "PRODUCT")).toEqual([]);
  });

  it("gives each connection the far-end types of its relationships and direction", () => {
    expect(farEndTypes("founders")).toEqual(["PERSON"]);
    expect(farEndTypes("portfolio")).toEqual(["ORGANIZATION"]);
    expect(farEndTypes("investors")).toEqual(["ORGANIZATION", "PERSON"]);
    expect(farEndTypes("legalActions")).toEqual(["ORGANIZATION", "PERSON"]);
  });

  it("types every connection's edge nodes by its far end when the table fixes one type, Entity otherwise", () => {
    const schema = buildSchema(readFileSync(join(__dirname, "../../schema/schema.graphql"), "utf8"));
    const checked: string[] = [];
    for (const parent of ["Organization", "Person", "Product"]) {
      const fields = (schema.getType(parent) as GraphQLObjectType).getFields();
      for (const [name, field] of Object.entries(fields)) {
        if (!(name in RELATIONSHIP_CONNECTIONS)) continue;
        const connection = getNamedType(field.type) as GraphQLObjectType;
        const edge = getNamedType(connection.getFields().edges.type) as GraphQLObjectType;
        const ends = farEndTypes(name as ConnectionName);
        const expected = ends.length === 1 ? ENTITY_LABELS[ends[0]] : "Entity";
        expect(`${parent}.${name}: ${getNamedType(edge.getFields().node.type).name}`).toBe(`${parent}.${name}: ${expected}`);
        expect(getNamedType(connection.getFields().nodes.type).name).toBe(expected);
        checked.push(`${parent}.${name}`);
      }
    }
    expect(checked).toEqual(expect.arrayContaining(["Organization.founders", "Person.portfolio", "Product.owners", "Person.roles"]));
  });
});

describe("the seed validator's entity-type rule (shared with assertClaim)", () => {
  const resolve = (reference: string) => reference;

  it("refuses a stated FOUNDED from a product, naming the record and field", () => {
    const problems = folderProblems(
      folder({ relationships: [Object.assign({ type: "FOUNDED", from: "kimi", to: "moonshot", certainty: "REPORTED", citations })] }),
      resolve,
      typeOf,
    );
    expect(problems).toEqual([
      {
        path: "relationships[0].from",
        message: "FOUNDED goes from PERSON to ORGANIZATION: its from end cannot be a PRODUCT",
        code: "WRONG_ENTITY_TYPE",
      },
    ]);
  });

  it("checks a new entity of the same folder by its declared type", () => {
    const problems = folderProblems(
      folder({
        entities: [Object.assign({ slug: "new-app", type: "PRODUCT", name: "New App", kinds: ["APP"], citations })],
        relationships: [Object.assign({ type: "WORKS_AT", from: "yang", to: "new-app", certainty: "REPORTED", citations })],
      }),
      resolve,
      typeOf,
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([["relationships[0].to", "WRONG_ENTITY_TYPE"]]);
  });

  it("checks the relationship an event implies, at the participant, once", () => {
    const problems = folderProblems(
      folder({
        events: [
          Object.assign({
            slug: "round",
            type: "FUNDING_ROUND",
            date: "2024",
            title: "A round",
            certainty: "REPORTED",
            citations,
            participants: [
              { entity: "moonshot", role: "INVESTOR" },
              { entity: "to-b", role: "INVESTEE" },
              { entity: "yang", role: "INVESTOR" },
            ],
          }),
        ],
      }),
      resolve,
      typeOf,
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([['events[0] (slug "round").participants[1].entity', "WRONG_ENTITY_TYPE"]]);
  });

  it("checks a claim's relationship", () => {
    const problems = folderProblems(
      folder({
        claims: [
          Object.assign({
            relationship: { type: "OWNS", from: "moonshot", to: "yang" },
            stance: "ASSERTS",
            certainty: "REPORTED",
            citations,
          }),
        ],
      }),
      resolve,
      typeOf,
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([["claims[0].relationship.to", "WRONG_ENTITY_TYPE"]]);
  });

  it("accepts a person founding an organisation", () => {
    expect(
      folderProblems(
        folder({ relationships: [Object.assign({ type: "FOUNDED", from: "yang", to: "moonshot", certainty: "REPORTED", citations })] }),
        resolve,
        typeOf,
      ),
    ).toEqual([]);
  });
});
