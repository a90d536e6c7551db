import "reflect-metadata";
import { buildSchema, GraphQLObjectType, parse } from "graphql";
import { FIELD_COST_EXTENSION } from "../../src/common/field-cost";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../src/common/pagination";
import { CostEstimate, CostEstimator, estimateCost } from "../../src/http/cost";

// A small schema of the same shape as the API's: a paged connection whose nodes page again.
const schema = buildSchema(`
  type Query {
    entity(slug: String!): Entity
    entities(first: Int, last: Int): EntityConnection!
  }
  type Entity {
    slug: String!
    name: String!
    investors(first: Int, after: String): EntityConnection!
  }
  type EntityConnection {
    totalCount: Int!
    nodes: [Entity!]!
  }
`);

const costOf = (query: string, variables?: Record<string, unknown>, operationName?: string): CostEstimate =>
  estimateCost(schema, parse(query), operationName, variables);

describe("estimateCost", () => {
  it("charges 1 per field, plus its children", () => {
    expect(costOf('{ entity(slug: "a") { slug name } }')).toEqual({ cost: 3 });
  });

  it("charges a field the cost its `cost` extension declares (a whole text is dearer than an object)", () => {
    const withText = buildSchema("type Query { entity(slug: String!): Entity } type Entity { slug: String! text: String! }");
    // SDL cannot carry extensions: set one as TypeGraphQL's @Extensions does.
    const entityType = withText.getType("Entity") as GraphQLObjectType;
    (entityType.getFields().text as { extensions: Record<string, unknown> }).extensions = { [FIELD_COST_EXTENSION]: 20 };
    expect(estimateCost(withText, parse('{ entity(slug: "a") { slug text } }'), undefined, undefined)).toEqual({ cost: 1 + 1 + 20 });
  });

  it("multiplies a paged field's children by the page size it asks for", () => {
    // entities (1) + 5 × (totalCount 1 + nodes (1 + slug 1))
    expect(costOf("{ entities(first: 5) { totalCount nodes { slug } } }")).toEqual({ cost: 1 + 5 * 3 });
    expect(costOf("{ entities(last: 5) { totalCount nodes { slug } } }")).toEqual({ cost: 1 + 5 * 3 });
  });

  it("uses the default page size when none is named, and compounds nested pages", () => {
    expect(costOf("{ entities { nodes { slug } } }")).toEqual({ cost: 1 + DEFAULT_PAGE_SIZE * 2 });
    const nested = costOf("{ entities(first: 10) { nodes { investors(first: 10) { nodes { slug } } } } }");
    expect(nested).toEqual({ cost: 1 + 10 * (1 + (1 + 10 * (1 + 1))) });
  });

  it("clamps out-of-range sizes so the resolver's clearer argument error is the one the client sees", () => {
    const atMax = costOf(`{ entities(first: ${MAX_PAGE_SIZE}) { nodes { slug } } }`);
    expect(costOf("{ entities(first: 100000) { nodes { slug } } }")).toEqual(atMax);
    expect(costOf("{ entities(first: -3) { nodes { slug } } }")).toEqual({ cost: 1 + 1 * 2 });
  });

  it("reads page sizes from variables", () => {
    const query = "query ($n: Int) { entities(first: $n) { nodes { slug } } }";
    expect(costOf(query, { n: 2 })).toEqual({ cost: 1 + 2 * 2 });
    expect(costOf(query, { n: 50 })).toEqual({ cost: 1 + 50 * 2 });
  });

  it("charges introspection by the objects it returns, and __typename nothing", () => {
    const typeNames = costOf("{ __schema { types { name } } }");
    const withFields = costOf("{ __schema { types { name fields { name } } } }");
    if (!("cost" in typeNames) || !("cost" in withFields)) throw new Error("expected a cost estimate");
    expect(typeNames.cost).toBeGreaterThan(1);
    expect(withFields.cost).toBeGreaterThan(typeNames.cost);
    expect(costOf('{ __typename entity(slug: "a") { __typename slug } }')).toEqual({ cost: 2 });
  });

  it("answers unknown for variables that do not coerce (execution reports them)", () => {
    expect(costOf("query ($n: Int) { entities(first: $n) { totalCount } }", { n: "ten" })).toEqual({ unknown: true });
  });

  it("stops a fragment-spread explosion instead of evaluating it", () => {
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Entity { ${`...F${i + 1} `.repeat(10)} }`).join("\n");
    const query = `{ entity(slug: "a") { ...F0 } }\n${fragments}\nfragment F12 on Entity { slug }`;
    expect(costOf(query)).toEqual({ tooManyNodes: true });
  });
});

describe("CostEstimator", () => {
  const estimator = new CostEstimator(schema);
  const document = parse(`
    query Page($slug: String!, $n: Int) { entity(slug: $slug) { investors(first: $n) { nodes { slug } } } }
    query Other { entities { totalCount } }
  `);

  it("agrees with estimateCost for every page size, when the same document is sent again", () => {
    for (const n of [1, 7, 1, 30, 7]) {
      for (const slug of ["a", "b"]) {
        expect(estimator.estimate(document, "Page", { slug, n })).toEqual(estimateCost(schema, document, "Page", { slug, n }));
      }
    }
    expect(estimator.estimate(document, "Page", { slug: "a", n: 7 })).not.toEqual(
      estimator.estimate(document, "Page", { slug: "a", n: 1 }),
    );
  });

  it("estimates the named operation of a document that holds several", () => {
    expect(estimator.estimate(document, "Other", {})).toEqual({ cost: 1 + DEFAULT_PAGE_SIZE * 1 });
  });

  it("answers unknown for variables that do not coerce, even once the operation is known", () => {
    estimator.estimate(document, "Page", { slug: "a", n: 2 });
    expect(estimator.estimate(document, "Page", { slug: "a", n: "two" })).toEqual({ unknown: true });
  });
});
