import "reflect-metadata";
import { GraphQLSchema } from "graphql";
import { searchEntityProjection } from "../../src/graph/compile/search-projection";
import { buildAppSchema } from "../../src/schema";
import { infoOfQuery } from "../helpers/plan-of-query";

// What a search reads of each entity found (src/graph/compile/search-projection.ts), pure: the real
// schema, parsed queries, no database. test/integration/search.test.ts checks the answers.

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

describe("the search's entity projection", () => {
  it("reads what the bench's search selects: no aliases, no citations, no description", () => {
    const info = infoOfQuery(schema, `{ search(query: "x", first: 10) { matched score entity { id slug name kinds } } }`, "search");
    expect(searchEntityProjection(info)).toEqual({
      properties: ["slug", "type", "uid", "name", "kinds"],
      citations: false,
      aliases: false,
    });
  });

  it("follows a page's edges and nodes, and fragments, to the aliases and citations", () => {
    const info = infoOfQuery(
      schema,
      `{ searchConnection(query: "x") { edges { node { ...E } } nodes { ... on Person { citationsConnection { totalCount } } } } }
        fragment E on Entity { description ... on Organization { aliases { name } } }`,
      "searchConnection",
    );
    expect(searchEntityProjection(info)).toEqual({ properties: ["slug", "type", "description"], citations: true, aliases: true });
  });

  it("reads only the key and type for a hit's score alone", () => {
    const info = infoOfQuery(schema, `{ search(query: "x") { score } }`, "search");
    expect(searchEntityProjection(info)).toEqual({ properties: ["slug", "type"], citations: false, aliases: false });
  });
});
