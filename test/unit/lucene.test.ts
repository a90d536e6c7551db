import { escapeLucene, luceneQuery } from "../../src/graph/search/lucene";

describe("escapeLucene", () => {
  it("escapes every character the classic query parser treats as syntax", () => {
    expect(escapeLucene('a+b-c&d|e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&d\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it.each(["AND", "OR", "NOT"])("escapes the operator word %s so it is searched as text", (word) => {
    expect(escapeLucene(word)).toBe(`\\${word}`);
  });

  it("leaves plain words and operator words inside other words alone", () => {
    expect(escapeLucene("moonshot")).toBe("moonshot");
    expect(escapeLucene("ANDROID")).toBe("ANDROID");
  });
});

describe("luceneQuery", () => {
  it("is null when nothing searchable is left", () => {
    expect(luceneQuery("")).toBeNull();
    expect(luceneQuery("   ")).toBeNull();
    expect(luceneQuery("?!*")).toBeNull();
  });

  it("normalizes like the indexed names: case, accents, punctuation", () => {
    expect(luceneQuery("Zhū Xiǎohù")).toBe("zhu xiaohu~1");
    expect(luceneQuery("Moonshot-AI")).toBe("moonshot~2 ai");
  });

  it("fuzzes by one edit from 4 characters and by two from 8; shorter terms match exactly", () => {
    expect(luceneQuery("ai kimi moonsho moonshot")).toBe("ai kimi~1 moonsho~1 moonshot~2");
    expect(luceneQuery("gsr")).toBe("gsr");
  });

  it("never fuzzes CJK text, which the analyzer splits into bigrams", () => {
    expect(luceneQuery("月之暗面")).toBe("月之暗面");
    expect(luceneQuery("月之暗面 Kimi")).toBe("月之暗面 kimi~1");
  });

  it("cannot be turned into query syntax by the user's text", () => {
    const query = luceneQuery("name:foo OR bar* AND (baz)")!;
    expect(query.split(" ")).toEqual(["name", "foo", "or", "bar", "and", "baz"].map((t) => (t.length >= 4 ? `${t}~1` : t)));
  });

  it("keeps at most 16 terms", () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`);
    const query = luceneQuery(words.join(" "))!;
    expect(query.split(" ")).toEqual(words.slice(0, 16));
  });
});
