import { EntityKind, RelationshipKind } from "../../src/common/enums";
import { EntityListFilter } from "../../src/graph/entity-list/entity-list.args";
import { compileLogicalFilter, MAX_FILTER_ALTERNATIVES } from "../../src/graph/entity-list/entity-list.filter";

const kinds = (...values: string[]) => ({ kinds: values as EntityKind[] });
/** The alternatives written compactly: "KINDS:INVESTOR" or "!KINDS:INVESTOR". */
const shape = (filter: EntityListFilter) =>
  compileLogicalFilter(filter)?.map((alternative) =>
    alternative.map((c) => `${c.negated ? "!" : ""}${c.kind}:${c.values?.join("|") ?? c.text}${c.direction ? `>${c.direction}` : ""}`),
  ) ?? null;

describe("compileLogicalFilter", () => {
  it("is null for a filter without AND, OR or NOT (the plain parameters carry it), and for empty lists", () => {
    expect(shape(kinds("INVESTOR"))).toBeNull();
    expect(shape({ AND: [], OR: [] })).toBeNull();
  });

  it("turns OR into alternatives and AND into conditions of one alternative", () => {
    expect(shape({ OR: [kinds("INVESTOR"), { nameContains: "Baidu" }] })).toEqual([["KINDS:INVESTOR"], ["NAME:baidu"]]);
    expect(shape({ AND: [kinds("INVESTOR"), { hasRelationship: [RelationshipKind.INVESTED_IN] }] })).toEqual([
      ["KINDS:INVESTOR", "RELATIONSHIP:INVESTED_IN"],
    ]);
  });

  it("pushes NOT down by De Morgan's laws and cancels double negation", () => {
    expect(shape({ NOT: { OR: [kinds("A"), kinds("B")] } })).toEqual([["!KINDS:A", "!KINDS:B"]]);
    expect(shape({ NOT: { AND: [kinds("A"), kinds("B")] } })).toEqual([["!KINDS:A"], ["!KINDS:B"]]);
    expect(shape({ NOT: { NOT: kinds("A") } })).toEqual([["KINDS:A"]]);
    // A nested filter's own fields are one AND: NOT (kinds AND name) = NOT kinds OR NOT name.
    expect(shape({ NOT: { ...kinds("A"), nameContains: "x" } })).toEqual([["!KINDS:A"], ["!NAME:x"]]);
  });

  it("distributes AND over OR", () => {
    expect(shape({ AND: [{ OR: [kinds("A"), kinds("B")] }, { OR: [kinds("C"), kinds("D")] }] })).toEqual([
      ["KINDS:A", "KINDS:C"],
      ["KINDS:A", "KINDS:D"],
      ["KINDS:B", "KINDS:C"],
      ["KINDS:B", "KINDS:D"],
    ]);
  });

  it("keeps a relationship's direction with its types", () => {
    expect(shape({ OR: [{ hasRelationship: [RelationshipKind.FOUNDED], hasRelationshipDirection: "INCOMING" as never }] })).toEqual([
      ["RELATIONSHIP:FOUNDED>INCOMING"],
    ]);
  });

  it("refuses nesting deeper than 4 levels, naming the field", () => {
    expect(() => shape({ NOT: { NOT: { NOT: { NOT: kinds("A") } } } })).not.toThrow();
    expect(() => shape({ NOT: { NOT: { NOT: { NOT: { NOT: kinds("A") } } } } })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argument: "filter.NOT.NOT.NOT.NOT.NOT" }) }),
    );
    expect(() => shape({ OR: [kinds("A"), { AND: [{ AND: [{ AND: [{ OR: [kinds("B")] }] }] }] }] })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ argument: "filter.OR[1].AND[0].AND[0].AND[0].OR" }) }),
    );
  });

  it(`refuses a filter that expands to more than ${MAX_FILTER_ALTERNATIVES} alternatives`, () => {
    const three = { OR: [kinds("A"), kinds("B"), kinds("C")] };
    expect(() => shape({ AND: [three, three, three] })).not.toThrow();
    expect(() => shape({ AND: [three, three, three, three] })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argument: "filter" }) }),
    );
  });
});
