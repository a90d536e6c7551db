import "reflect-metadata";
import { GraphQLSchema } from "graphql";
import { buildAppSchema } from "../../src/schema";
import { eventPageProjection } from "../../src/graph/compile/event-page-plan";
import { infoOfQuery } from "../helpers/plan-of-query";

// What the timeline reads of its events and participants (src/graph/compile/event-page-plan.ts), pure:
// the real schema, parsed queries, no database.

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

/** The resolve info `events` gets for a query (only the parts the projection reads). */
const infoOf = (query: string) => infoOfQuery(schema, query, "events");

describe("the timeline's projection", () => {
  it("reads only the key, type and date when only they are selected", () => {
    expect(eventPageProjection(infoOf(`{ events(first: 5) { edges { node { slug } } } }`))).toEqual({
      properties: ["slug", "type", "dateStart"],
      citations: false,
      participants: false,
      entity: { properties: ["slug", "type"], citations: false, aliases: false },
    });
  });

  it("reads what the bench's timeline selects: the participants' names, no citations", () => {
    const projection = eventPageProjection(
      infoOf(`{ events(first: 20) { totalCount edges { node { slug type title date { text } participants { role entity { name } } } } } }`),
    );
    expect(projection).toEqual({
      properties: ["slug", "type", "dateStart", "title", "dateText", "datePrecision", "dateEnd"],
      citations: false,
      participants: true,
      entity: { properties: ["slug", "type", "name"], citations: false, aliases: false },
    });
  });

  it("follows nodes, named and inline fragments to the participants' aliases and citations", () => {
    const projection = eventPageProjection(
      infoOf(`{ events(first: 3) { nodes { ...E } } }
        fragment E on Event { citations { quote } ... on FundingRound { amount { amount } participantsConnection { edges { node { id aliases { name } } } } }
          ... on Statement { participants { entity { citationsConnection { totalCount } } } } }`),
    );
    expect(projection).toEqual({
      properties: ["slug", "type", "dateStart", "amount", "currency"],
      citations: true,
      participants: true,
      entity: { properties: ["slug", "type", "uid"], citations: true, aliases: true },
    });
  });
});
