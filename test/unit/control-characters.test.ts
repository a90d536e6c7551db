import "reflect-metadata";
import { controlCharacterErrors } from "../../src/graph/curation/user-errors";

const fields = (value: unknown) => controlCharacterErrors(value).map((e) => e.field.join("."));

describe("controlCharacterErrors (what no mutation input may contain)", () => {
  it("accepts whole surrogate pairs, CJK and line breaks in running text", () => {
    expect(fields({ name: "月之暗面 😀", text: "line one\nline\ttwo", citations: [{ quote: "a\r\nb" }] })).toEqual([]);
  });

  it("refuses lone high and low surrogates wherever they are, naming the field", () => {
    expect(fields({ name: "a\ud800b" })).toEqual(["input.name"]);
    expect(fields({ text: "end\ud83d" })).toEqual(["input.text"]);
    expect(fields({ citations: [{ quote: "ok" }, { quote: "\ude00start" }] })).toEqual(["input.citations.1.quote"]);
    expect(fields({ aliases: [{ name: "\udc00\ud800" }] })).toEqual(["input.aliases.0.name"]);
  });

  it("refuses control characters, and line breaks outside running text", () => {
    expect(fields({ name: "a\u0000b", title: "x\ny", text: "\u001b[31m" })).toEqual(["input.name", "input.title", "input.text"]);
  });
});
