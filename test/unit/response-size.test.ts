import { jsonSurelyLongerThan } from "../../src/http/response-size";

describe("jsonSurelyLongerThan (the response size limit before serialization)", () => {
  const result = {
    entity: { name: "Moonshot AI", aliases: [{ name: "月之暗面" }, { name: "Dark Side of the Moon" }], founded: 2023, listed: null },
  };

  it("never counts more than the JSON's length", () => {
    const json = JSON.stringify(result).length;
    expect(jsonSurelyLongerThan(result, json)).toBe(false);
    expect(jsonSurelyLongerThan(result, json - 1)).toBe(false);
  });

  it("counts names, texts and list items, close to the JSON's length", () => {
    const json = JSON.stringify(result).length;
    expect(jsonSurelyLongerThan(result, Math.floor(json * 0.9))).toBe(true);
  });

  it("counts many small fields as well as one long text", () => {
    const ids = { nodes: Array.from({ length: 100 }, (_, i) => ({ id: `id-${i}` })) };
    expect(jsonSurelyLongerThan(ids, 1000)).toBe(true);
    expect(jsonSurelyLongerThan({ text: "x".repeat(5000) }, 4096)).toBe(true);
    expect(jsonSurelyLongerThan(undefined, 10)).toBe(false);
  });
});
