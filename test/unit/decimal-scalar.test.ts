import { toDecimalText } from "../../src/common/decimal.scalar";

describe("Decimal: money as exact decimal text", () => {
  it("prints stored floats as the decimal the seed wrote, never with an exponent", () => {
    expect(toDecimalText(2.5e9)).toBe("2500000000");
    expect(toDecimalText(7.5)).toBe("7.5");
    expect(toDecimalText(1e21)).toBe("1000000000000000000000");
    expect(toDecimalText(1e-7)).toBe("0.0000001");
    expect(toDecimalText(-300)).toBe("-300");
  });

  it("passes decimal text through and refuses anything else", () => {
    expect(toDecimalText("12.50")).toBe("12.50");
    expect(() => toDecimalText("1e9")).toThrow(/Decimal must be/);
    expect(() => toDecimalText(Number.NaN)).toThrow(/Decimal must be/);
    expect(() => toDecimalText(null)).toThrow(/Decimal must be/);
  });
});
