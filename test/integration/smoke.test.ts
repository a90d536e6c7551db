import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";

describe("the API over the seeded graph", () => {
  let t: TestApi;
  beforeAll(async () => (t = await startTestApi()));
  afterAll(async () => t?.close());

  it("answers { __typename }", async () => {
    const res = await t.query("{ __typename }");
    expectNoErrors(res);
    expect(res.data).toEqual({ __typename: "Query" });
  });

  it("finds Moonshot AI by slug with its aliases", async () => {
    const res = await t.query(`{ entity(slug: "moonshot-ai") { id name type aliases { name language } } }`);
    expectNoErrors(res);
    expect(res.data?.entity.name).toBe("Moonshot AI");
  });
});
