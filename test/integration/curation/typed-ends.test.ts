import "reflect-metadata";
import { seededGlobalId } from "../../../src/common/global-id";
import { Curator, removeCurationTestData, startCurator } from "./harness";

// Issue 13, item 5: edge nodes typed by their far end, which only holds because every relationship
// joins the entity types RELATIONSHIP_ENDS allows, in seeds and in assertClaim alike.

const CREATE_SOURCE = `mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } userErrors { field code } } }`;
const ASSERT = `mutation($input: AssertClaimInput!) { assertClaim(input: $input) {
  claim { key } change { seq } userErrors { field message code } } }`;

describe("edge nodes typed by the relationship's far end", () => {
  let c: Curator;

  beforeAll(async () => {
    c = await startCurator();
    await removeCurationTestData(c.db);
  });
  afterAll(async () => {
    await removeCurationTestData(c.db);
    await c.close();
  });

  it("selects a founder's and a portfolio company's own fields without an inline fragment", async () => {
    const { data, errors } = await c.run(`{
      entity(slug: "moonshot-ai") {
        ... on Organization {
          founders(first: 10) { nodes { __typename name backers(first: 1) { totalCount } } }
          products(first: 5) { nodes { __typename owners(first: 5) { nodes { __typename name founders(first: 1) { totalCount } } } } }
        }
      }
      gsr: entity(slug: "gsr-ventures") { ... on Organization { portfolio(first: 5) { nodes { __typename founders(first: 5) { totalCount } } } } }
    }`);
    expect(errors).toBeUndefined();
    const founders = data.entity.founders.nodes;
    expect(founders.length).toBeGreaterThan(0);
    for (const founder of founders) expect(founder).toMatchObject({ __typename: "Person", backers: { totalCount: expect.any(Number) } });
    expect(founders.map((f: { name: string }) => f.name)).toContain("Yang Zhilin");
    const owners = data.entity.products.nodes.flatMap((p: { owners: { nodes: unknown[] } }) => p.owners.nodes);
    expect(owners).toContainEqual(expect.objectContaining({ __typename: "Organization", name: "Moonshot AI" }));
    expect(data.gsr.portfolio.nodes.length).toBeGreaterThan(0);
    for (const company of data.gsr.portfolio.nodes) expect(company.__typename).toBe("Organization");
  });

  it("refuses, by the schema, a field of another entity type on a typed far end", async () => {
    const { errors } = await c.run(
      `{ entity(slug: "moonshot-ai") { ... on Organization { founders(first: 1) { nodes { investors(first: 1) { totalCount } } } } } }`,
    );
    expect(errors?.[0].message).toMatch(/Cannot query field "investors" on type "Person"/);
  });

  it("refuses a FOUNDED claim from a product with WRONG_ENTITY_TYPE naming fromId, writing nothing", async () => {
    const source = await c.run(CREATE_SOURCE, {
      input: {
        slug: "cur-test-typed-ends",
        title: "Typed ends",
        publisher: "Test Daily",
        publishedAt: "2025-02",
        language: "en",
        text: "Kimi founded Moonshot AI, says nobody.",
      },
    });
    expect(source.data.createSource.userErrors).toEqual([]);
    const before = await c.counts();
    const { data, errors } = await c.run(ASSERT, {
      input: {
        sourceId: source.data.createSource.source.id,
        stance: "ASSERTS",
        certainty: "REPORTED",
        citations: [{ quote: "Kimi founded Moonshot AI" }],
        relationship: { type: "FOUNDED", fromId: seededGlobalId("Entity", "kimi"), toId: seededGlobalId("Entity", "moonshot-ai") },
      },
    });
    expect(errors).toBeUndefined();
    expect(data.assertClaim).toEqual({
      claim: null,
      change: null,
      userErrors: [
        {
          field: ["input", "relationship", "fromId"],
          message: "FOUNDED goes from PERSON to ORGANIZATION: its from end cannot be a PRODUCT",
          code: "WRONG_ENTITY_TYPE",
        },
      ],
    });
    expect(await c.counts()).toEqual(before);
  });
});
