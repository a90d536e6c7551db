import { arbitrate, chooseDeclaration, ClaimRow } from "../../src/seed/seed.arbitrate";

// The rule that picks a fact's values from its claims (docs/claims.md), on hand-made claims.

let n = 0;
function claim(source: string, fields: Partial<ClaimRow> & Record<string, unknown>): ClaimRow {
  return {
    key: `${source}|metric:m|${n++}`,
    factKey: "metric:m",
    sourceSlug: source,
    sourceRank: "2024-12-01",
    stance: "ASSERTS",
    status: "ACTIVE",
    pinned: false,
    quotes: [],
    certainty: "REPORTED",
    dateText: null,
    datePrecision: null,
    dateStart: null,
    dateEnd: null,
    ...fields,
  };
}
const day = (d: string) => ({ dateText: d, datePrecision: "DAY", dateStart: d, dateEnd: d });
const month = (m: string) => ({ dateText: m, datePrecision: "MONTH", dateStart: `${m}-01`, dateEnd: `${m}-30` });

describe("arbitrate", () => {
  it("prefers the more certain claim, then the more precise date, whatever the order given", () => {
    const confirmed = claim("a", { certainty: "CONFIRMED", value: 1, ...month("2024-11") });
    const reported = claim("b", { certainty: "REPORTED", value: 2, ...day("2024-11-11") });
    expect(arbitrate("metric:m", [reported, confirmed]).values).toMatchObject({ value: 1, certainty: "CONFIRMED", dateText: "2024-11" });
    expect(arbitrate("metric:m", [confirmed, reported]).values.value).toBe(1);
    const precise = claim("c", { certainty: "CONFIRMED", value: 3, ...day("2024-11-11") });
    expect(arbitrate("metric:m", [confirmed, precise]).values.value).toBe(3);
  });

  it("lets a later report of equal weight supersede an earlier one, and an editorial pin beat both", () => {
    const earlier = claim("a", { value: 1, sourceRank: "2024-11-01" });
    const later = claim("b", { value: 2, sourceRank: "2025-01-01" });
    expect(arbitrate("metric:m", [later, earlier]).values.value).toBe(2);
    const pinned = claim("c", { value: 5, pinned: true, certainty: "ESTIMATED" });
    expect(arbitrate("metric:m", [later, earlier, pinned]).values.value).toBe(5);
  });

  it("is disputed when active claims give different figures or one denies, not when dates agree at two precisions", () => {
    const a = claim("a", { value: 3e9, qualifier: "MORE_THAN", unit: "USD", ...month("2024-11") });
    const b = claim("b", { value: 3e9, qualifier: "ABOUT", ...day("2024-11-11") });
    expect(arbitrate("metric:m", [a, b]).disputed).toBe(true);
    const same = claim("c", { value: 3e9, qualifier: "MORE_THAN", ...day("2024-11-11") });
    expect(arbitrate("metric:m", [a, same]).disputed).toBe(false);
    expect(arbitrate("metric:m", [a, claim("d", { stance: "DENIES" })]).disputed).toBe(true);
    expect(arbitrate("metric:m", [a, claim("e", { value: 1, ...month("2023-01") })]).disputed).toBe(true);
  });

  it("ignores superseded and retracted claims for values and disputes, but keeps values when no active claim asserts", () => {
    const active = claim("a", { value: 1 });
    const retracted = claim("b", { value: 2, certainty: "CONFIRMED", status: "RETRACTED" });
    const withdrawnDenial = claim("c", { stance: "DENIES", status: "SUPERSEDED" });
    const result = arbitrate("metric:m", [active, retracted, withdrawnDenial]);
    expect(result).toMatchObject({ disputed: false, values: { value: 1 } });
    expect(arbitrate("metric:m", [retracted]).values.value).toBe(2);
  });

  it("cites the verbatim quotes of active claims, older reports first", () => {
    const older = claim("z", { quotes: ["q1", "q2"], sourceRank: "2024-01-01" });
    const newer = claim("a", { quotes: ["q3"], sourceRank: "2025-01-01" });
    const retracted = claim("m", { quotes: ["q4"], status: "RETRACTED" });
    expect(arbitrate("metric:m", [newer, retracted, older])).toMatchObject({
      citationSources: ["z", "z", "a"],
      citationQuotes: ["q1", "q2", "q3"],
    });
  });
});

describe("chooseDeclaration (an entity's name and description)", () => {
  const declaration = (source: string, fields: Record<string, unknown>) =>
    claim(source, { factKey: "entity:e", certainty: null, entityName: "E", description: null, editorial: false, ...fields });

  it("takes a news source's declaration over an editorial one, then the earliest report, whatever the order given", () => {
    const editorial = declaration("editorial", { sourceRank: "2026-11-28", editorial: true, description: "editorial words" });
    const early = declaration("early-news", { sourceRank: "2024-08-02", entityName: "E Inc.", description: "early words" });
    const late = declaration("late-news", { sourceRank: "2024-12-06", description: "late words" });
    for (const order of [
      [editorial, early, late],
      [late, editorial, early],
      [early, late, editorial],
    ]) {
      expect(chooseDeclaration(order)).toEqual({ name: "E Inc.", description: "early words", sourceSlug: "early-news" });
      expect(arbitrate("entity:e", order).declaration).toEqual({ name: "E Inc.", description: "early words", sourceSlug: "early-news" });
    }
    // The only news declaration without a description: the name is still the news source's, the words the next best.
    const bare = declaration("news", { sourceRank: "2024-12-06", entityName: "E Ltd" });
    expect(chooseDeclaration([editorial, bare])).toEqual({ name: "E Ltd", description: "editorial words", sourceSlug: "news" });
  });

  it("lets an editorial pin win, and gives no declaration to other facts", () => {
    const pinned = declaration("editorial", { sourceRank: "2026-11-28", editorial: true, pinned: true, description: "pinned words" });
    const news = declaration("news", { sourceRank: "2024-12-06", description: "news words" });
    expect(chooseDeclaration([news, pinned]).description).toBe("pinned words");
    expect(arbitrate("metric:m", [claim("a", { value: 1 })]).declaration).toBeUndefined();
  });
});
