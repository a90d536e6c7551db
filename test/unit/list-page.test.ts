import "reflect-metadata";
import { GraphQLError } from "graphql";
import { listConnection } from "../../src/common/list-page";
import { encodeCursor } from "../../src/common/pagination";

const letters = ["a", "b", "c", "d", "e"];
const page = (items: string[], args: Parameters<typeof listConnection>[1]) =>
  listConnection(
    items,
    args,
    (item) => item,
    (item, cursor) => ({ cursor, node: item }),
  );

describe("listConnection", () => {
  it("pages forwards through a loaded list in its order, with the count of the whole list", () => {
    const first = page(letters, { first: 2 });
    expect(first.nodes).toEqual(["a", "b"]);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = page(letters, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes).toEqual(["c", "d"]);
    const last = page(letters, { first: 2, after: second.pageInfo.endCursor });
    expect(last.nodes).toEqual(["e"]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("pages backwards from a cursor, in reading order", () => {
    const end = page(letters, { last: 2 });
    expect(end.nodes).toEqual(["d", "e"]);
    expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = page(letters, { last: 2, before: end.pageInfo.startCursor });
    expect(before.nodes).toEqual(["b", "c"]);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it("finds a cursor's item where it is now when the list changed", () => {
    const cursor = page(letters, { first: 2 }).pageInfo.endCursor; // after "b"
    expect(page(["z", ...letters], { first: 2, after: cursor }).nodes).toEqual(["c", "d"]);
  });

  it("falls back to the cursor's position when its item is gone", () => {
    const cursor = page(letters, { first: 2 }).pageInfo.endCursor; // "b", position 1
    expect(page(["a", "c", "d", "e"], { first: 2, after: cursor }).nodes).toEqual(["d", "e"]);
  });

  it("refuses a cursor of another connection naming the argument", () => {
    const foreign = encodeCursor({ s: "moonshot ai", k: "moonshot-ai" });
    const thrown = (() => {
      try {
        page(letters, { before: foreign });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "before" });
  });
});
