import "reflect-metadata";
import { GraphQLError } from "graphql";
import { ResolverData } from "type-graphql";
import {
  CursorKey,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  pageRequest,
  PageRequest,
  toConnection,
} from "../../src/common/pagination";
import { PageArgs } from "../../src/common/page.args";
import { validateArguments } from "../../src/common/validate-args";

/** The BAD_USER_INPUT error a call throws, or a failure when it throws none. */
function badInput(call: () => unknown): { message: string; argument: unknown; code: unknown } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { message, extensions } = error as GraphQLError;
    return { message, argument: extensions.argument, code: extensions.code };
  }
  throw new Error("expected a BAD_USER_INPUT error");
}

describe("cursors", () => {
  it.each<CursorKey>([
    { s: "moonshot ai", k: "moonshot-ai" },
    { s: 42, k: "row-42" },
    { s: null, k: "undated-event" },
    { s: "名字", k: "unicode" },
  ])("round-trip %j", (key) => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, "after")).toEqual(key);
  });

  it.each([
    ["not base64 JSON", "not-a-cursor"],
    ["JSON of the wrong shape", Buffer.from(JSON.stringify({ s: "a", k: "b" })).toString("base64url")],
    ["a tie-breaker that is not a string", Buffer.from(JSON.stringify(["a", 1])).toString("base64url")],
    ["a sort value that is an object", Buffer.from(JSON.stringify([{}, "k"])).toString("base64url")],
    ["three parts", Buffer.from(JSON.stringify(["a", "b", "c"])).toString("base64url")],
    ["more than 1000 characters", encodeCursor({ s: "x".repeat(1000), k: "k" })],
  ])("refuse %s, naming the argument", (_what, cursor) => {
    expect(badInput(() => decodeCursor(cursor, "before"))).toEqual({
      message: 'Argument "before" is not a cursor returned by this API.',
      argument: "before",
      code: "BAD_USER_INPUT",
    });
  });
});

describe("pageRequest", () => {
  const after = encodeCursor({ s: "b", k: "b" });
  const before = encodeCursor({ s: "y", k: "y" });

  it("defaults to the first page of the default size, fetching one extra row", () => {
    expect(pageRequest({})).toEqual({ size: DEFAULT_PAGE_SIZE, limit: DEFAULT_PAGE_SIZE + 1, backward: false, after: null, before: null });
  });

  it("pages forwards with first/after", () => {
    expect(pageRequest({ first: 5, after })).toEqual({ size: 5, limit: 6, backward: false, after: { s: "b", k: "b" }, before: null });
  });

  it("pages backwards with last/before, and with before alone at the default size", () => {
    expect(pageRequest({ last: 3, before })).toMatchObject({ size: 3, limit: 4, backward: true, before: { s: "y", k: "y" } });
    expect(pageRequest({ before })).toMatchObject({ size: DEFAULT_PAGE_SIZE, backward: true });
  });

  it("accepts the bounds themselves", () => {
    expect(pageRequest({ first: 1 }).size).toBe(1);
    expect(pageRequest({ last: MAX_PAGE_SIZE }).size).toBe(MAX_PAGE_SIZE);
  });

  it("names the cursor argument that is broken", () => {
    expect(badInput(() => pageRequest({ first: 2, after: "garbage" })).argument).toBe("after");
  });
});

describe("PageArgs rules (checked by TypeGraphQL through validateArguments)", () => {
  const args = (values: Partial<PageArgs>) => Object.assign(new PageArgs(), values);
  // TypeGraphQL passes the resolver data too; the rules do not read it.
  const validate = (values: Partial<PageArgs>) => validateArguments(args(values), PageArgs, {} as ResolverData<object>);
  async function refusal(values: Partial<PageArgs>) {
    try {
      await validate(values);
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      const { message, extensions } = error as GraphQLError;
      return { message, argument: extensions.argument, code: extensions.code };
    }
    throw new Error("expected a BAD_USER_INPUT error");
  }

  it("refuses first and last together, naming last", async () => {
    expect(await refusal({ first: 1, last: 1 })).toMatchObject({ argument: "last", code: "BAD_USER_INPUT" });
  });

  it.each([
    ["first", 0],
    ["first", MAX_PAGE_SIZE + 1],
    ["last", -1],
    ["last", MAX_PAGE_SIZE + 1],
  ] as const)("refuses %s: %p, naming it and the bounds", async (name, value) => {
    const error = await refusal({ [name]: value });
    expect(error).toMatchObject({ argument: name, code: "BAD_USER_INPUT" });
    expect(error.message).toContain(`between 1 and ${MAX_PAGE_SIZE}`);
  });

  it("accepts the bounds and omitted arguments", async () => {
    await expect(validate({ first: 1 })).resolves.toBeUndefined();
    await expect(validate({ last: MAX_PAGE_SIZE })).resolves.toBeUndefined();
    await expect(validate({})).resolves.toBeUndefined();
  });
});

describe("toConnection", () => {
  const rows = (...keys: string[]) => keys.map((k) => ({ cursorKey: { s: k, k }, name: k }));
  const names = (connection: { edges: { node: string }[] }) => connection.edges.map((e) => e.node);
  const toEdge = (row: { name: string }, cursor: string) => ({ node: row.name, cursor });
  const request = (partial: Partial<PageRequest>): PageRequest => ({
    size: 2,
    limit: 3,
    backward: false,
    after: null,
    before: null,
    ...partial,
  });

  it("drops the extra row and reports a next page when it was there", () => {
    const connection = toConnection(rows("a", "b", "c"), request({}), 10, toEdge);
    expect(names(connection)).toEqual(["a", "b"]);
    expect(connection.nodes).toEqual(["a", "b"]);
    expect(connection.totalCount).toBe(10);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor({ s: "a", k: "a" }),
      endCursor: encodeCursor({ s: "b", k: "b" }),
    });
    expect(connection.edges.map((e) => decodeCursor(e.cursor, "after").k)).toEqual(["a", "b"]);
  });

  it("reports no next page on the last page, and a previous one when it started after a cursor", () => {
    const connection = toConnection(rows("c", "d"), request({ after: { s: "b", k: "b" } }), 4, toEdge);
    expect(names(connection)).toEqual(["c", "d"]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("restores reading order for a backward page fetched in reverse", () => {
    const connection = toConnection(rows("y", "x", "w"), request({ backward: true, before: { s: "z", k: "z" } }), 26, toEdge);
    expect(names(connection)).toEqual(["x", "y"]);
    expect(connection.nodes).toEqual(["x", "y"]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it("gives an empty page null cursors", () => {
    const connection = toConnection(rows(), request({}), 0, toEdge);
    expect(connection).toEqual({
      edges: [],
      nodes: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});
