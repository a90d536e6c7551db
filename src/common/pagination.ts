import { GraphQLScalarType } from "graphql";
import { ClassType, Field, Int, ObjectType } from "type-graphql";
import { BadUserInputError } from "./errors";
import { parsePartialDate } from "./partial-date";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: "Where a page sits in its connection (Relay cursor connections)." })
export class PageInfo {
  @Field({ description: "True when more items follow the last edge of this page." })
  hasNextPage: boolean;
  @Field({ description: "True when more items precede the first edge of this page." })
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the first edge; pass as `before` to page backwards." })
  startCursor: string | null;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge; pass as `after` to page forwards." })
  endCursor: string | null;
}

/** The page window a connection query asks for, validated once. */
export interface PageRequest {
  /** How many rows to fetch (one more than the page, to learn whether another page exists). */
  limit: number;
  size: number;
  backward: boolean;
  after: CursorKey | null;
  before: CursorKey | null;
}

/** A keyset position: the sort value and the unique tie-breaker of a row. */
export interface CursorKey {
  s: string | number | null;
  k: string;
}

export interface PageArgsShape {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * What a connection's cursors carry as their sort value, checked when a cursor is decoded so a forged
 * one is the client's error (BAD_USER_INPUT naming the argument) instead of a database error:
 * "date" a calendar day (YYYY-MM-DD), "text" a string, "none" nothing (the key alone orders),
 * "any" unchecked (the connection checks it itself).
 */
export type CursorSortValue = "date" | "text" | "none" | "any";

/** The window of first/last/after/before (their bounds are PageArgs' rules); a forged or foreign cursor fails naming its argument. */
export function pageRequest(args: PageArgsShape, sortValue: CursorSortValue = "any"): PageRequest {
  const { first, last } = args;
  const backward = last != null || (first == null && args.before != null);
  const size = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  return {
    size,
    limit: size + 1,
    backward,
    after: args.after != null ? decodeCursor(args.after, "after", sortValue) : null,
    before: args.before != null ? decodeCursor(args.before, "before", sortValue) : null,
  };
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.s, key.k]), "utf8").toString("base64url");
}

const MAX_CURSOR_LENGTH = 1000;

export function decodeCursor(cursor: string, argument: string, sortValue: CursorSortValue = "any"): CursorKey {
  const key = cursor.length <= MAX_CURSOR_LENGTH ? parseCursor(cursor) : null;
  if (key && fitsSortValue(key.s, sortValue)) return key;
  throw new BadUserInputError(argument, "is not a cursor returned by this API.");
}

function parseCursor(cursor: string): CursorKey | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== "string") return null;
  const [s, k] = parsed as [unknown, string];
  if (s === null || typeof s === "string" || (typeof s === "number" && Number.isFinite(s))) return { s, k };
  return null;
}

function fitsSortValue(s: CursorKey["s"], expected: CursorSortValue): boolean {
  switch (expected) {
    case "any":
      return true;
    case "none":
      return s === null;
    case "text":
      return typeof s === "string";
    case "date":
      return typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && parsePartialDate(s)?.precision === "DAY";
  }
}

/** A page of rows as fetched (limit = size + 1, in the requested direction), turned into a connection. */
export function toConnection<TRow extends { cursorKey: CursorKey }, TEdge extends { node: unknown }>(
  rows: TRow[],
  request: PageRequest,
  totalCount: number,
  toEdge: (row: TRow, cursor: string) => TEdge,
): { edges: TEdge[]; nodes: TEdge["node"][]; pageInfo: PageInfo; totalCount: number } {
  const hasMore = rows.length > request.size;
  let page = rows.slice(0, request.size);
  if (request.backward) page = page.reverse();
  const cursors = page.map((row) => encodeCursor(row.cursorKey));
  const edges = page.map((row, i) => toEdge(row, cursors[i]));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount,
    pageInfo: {
      hasNextPage: request.backward ? request.before !== null : hasMore,
      hasPreviousPage: request.backward ? hasMore : request.after !== null,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
  };
}

/**
 * The nullability rule of every connection (docs/api-design.md), stated once here: `edges: [XEdge]`,
 * `nodes: [X]` and `XEdge.node: X` are nullable, as in GitHub's API, so one item that fails to
 * resolve (a timed-out nested field, a fact retracted between the page and its details) becomes a
 * null hole with its error in `errors` at that path, instead of wiping the whole list up to the
 * nearest nullable parent. `cursor`, `pageInfo` and `totalCount` stay non-null: they come with the page.
 */
const HOLE = "Null where this item failed to resolve (its error is in `errors`, at this path).";

/** What an edge type built by EdgeType knows about its node, for ConnectionType's `nodes`. */
export type NodeTypeFn = () => Function | GraphQLScalarType; // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- abstract classes (Entity, Event) are node types too

/** A class an edge type may extend, abstract or not (a mixin's constructor needs `any[]`, TS2545). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClass = abstract new (...args: any[]) => object;

/**
 * The fields every edge has, around a node type: an opaque cursor and the (nullable) node.
 * Abstract: each edge subclasses it with its own `@ObjectType` name and extra fields. `Base` gives
 * edges that are facts their evidence fields (`withEvidence(Object)`): the edge must extend it,
 * not the other way round, for TypeGraphQL to collect both sets of fields.
 */
export function EdgeType<TNode, TBase extends AnyClass = ObjectConstructor>(nodeType: NodeTypeFn, nodeDescription: string, Base?: TBase) {
  @ObjectType()
  abstract class Edge extends ((Base ?? Object) as AnyClass) {
    static readonly nodeType = nodeType;
    @Field({ description: "Opaque cursor of this edge." })
    cursor: string;
    @Field(nodeType, { nullable: true, description: `${nodeDescription} ${HOLE}` })
    node: TNode;
  }
  // The base's instance fields (the evidence) belong to the edge too.
  return Edge as unknown as (abstract new () => Edge & InstanceType<TBase>) & { nodeType: NodeTypeFn };
}

/**
 * The fields every connection has, around an edge type built on EdgeType. Abstract: each connection
 * subclasses it with its own `@ObjectType` name and description (TypeGraphQL's generic-type pattern).
 */
export function ConnectionType<TEdge extends { node: unknown }>(edgeType: ClassType<TEdge> & { nodeType: NodeTypeFn }) {
  @ObjectType()
  abstract class Connection {
    @Field(() => [edgeType], { nullable: "itemsAndList", description: `The edges of this page, in order. ${HOLE}` })
    edges: TEdge[];
    @Field(() => [edgeType.nodeType()], {
      nullable: "itemsAndList",
      description: `The nodes of this page, in order: \`edges { node }\` without the edges. ${HOLE}`,
    })
    nodes: TEdge["node"][];
    @Field(() => PageInfo, { description: "Cursors and whether more pages exist either way." })
    pageInfo: PageInfo;
    @Field(() => Int, { description: "How many items the whole connection has (counted, not fetched)." })
    totalCount: number;
  }
  return Connection;
}
