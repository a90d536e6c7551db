import { ParentGroup } from "../../common/batch-loader";
import { CypherFamily, generatedQuery } from "../../db/cypher-files";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";
import { ConnectionName, RELATIONSHIP_CONNECTIONS } from "../../common/vocabulary";

/** Which relationships a connection field follows, seen from its parent. */
export interface RelationshipSelection {
  /** The connection (the vocabulary's RELATIONSHIP_CONNECTIONS): which types, which way. */
  connection: ConnectionName;
  /** Only relationships in force on this ISO date (start <= asOf <= end). */
  asOf: string | null;
  page: PageRequest;
}

/** One stored relationship next to its parent, as the connection query returns it. */
export interface RelationshipRow {
  sortKey: string;
  relationship: Record<string, unknown> & { type: string; outgoing: boolean };
  /** The entity at the other end, projected inline so edges need no second query. */
  other: Record<string, unknown>;
}

export interface RelationshipPage {
  totalCount: number;
  rows: RelationshipRow[];
}

/** Which variant of a connection's query a page needs. */
export interface RelationshipQueryShape {
  /** Paging backwards: the page is read in descending key order. */
  backward?: boolean;
  /** Filtered to the relationships in force on a date (`asOf`). */
  asOf?: boolean;
}

const ARROWS = { OUT: ["-", "->"], IN: ["<-", "-"], BOTH: ["-", "-"] } as const;
const SHAPES: Required<RelationshipQueryShape>[] = [
  { backward: false, asOf: false },
  { backward: true, asOf: false },
  { backward: false, asOf: true },
  { backward: true, asOf: true },
];

/** The variant name of a connection's query: the connection, the page order, and `as-of` when filtered by date. */
export function relationshipVariant(connection: ConnectionName, shape: RelationshipQueryShape = {}): string {
  return `${connection}.${shape.backward ? "desc" : "asc"}${shape.asOf ? ".as-of" : ""}`;
}

/** Every relationship connection in every page shape: the whitelist of generated get-relationships files. */
export const RELATIONSHIP_QUERIES: CypherFamily = {
  template: "get-relationships",
  variants: (Object.keys(RELATIONSHIP_CONNECTIONS) as ConnectionName[]).flatMap((connection) => {
    const { types, direction } = RELATIONSHIP_CONNECTIONS[connection];
    const [left, right] = ARROWS[direction];
    return SHAPES.map((shape) => {
      const variant = relationshipVariant(connection, shape);
      return { name: variant, view: { variant, types: types.join("|"), left, right, asOf: shape.asOf, order: shape.backward ? "DESC" : "ASC" } };
    });
  }),
};

/** The generated file a selection needs. */
export function relationshipQueryName(selection: RelationshipSelection): string {
  return generatedQuery("get-relationships", relationshipVariant(selection.connection, { backward: selection.page.backward, asOf: selection.asOf !== null }));
}

/**
 * Every connection asked at one level of an operation in one query. Each group travels in `$groups`
 * tagged with its variant and its index (`part`); each variant's file answers the groups of that
 * variant, so the query is the distinct files joined by UNION ALL, in name order (the same set of
 * fields is the same text whatever order the client wrote them in: Neo4j caches a plan per text).
 */
export function relationshipsQuery(groups: ParentGroup<RelationshipSelection>[]): { names: string[]; params: Record<string, unknown> } {
  const names = [...new Set(groups.map((group) => relationshipQueryName(group.args)))].sort();
  const params = {
    groups: groups.map(({ slugs, args }, part) => ({
      variant: relationshipVariant(args.connection, { backward: args.page.backward, asOf: args.asOf !== null }),
      part,
      slugs,
      asOf: args.asOf,
      after: args.page.after?.k ?? null,
      before: args.page.before?.k ?? null,
      limit: args.page.limit,
    })),
    // LIMIT takes no variable: the largest page, each group keeping its own (g.limit).
    limit: int(Math.max(...groups.map((group) => group.args.page.limit))),
  };
  return { names, params };
}

/** Every connection one level of an operation asked for, in one query: one page map per group, in order. */
export async function getRelationships(db: GraphDatabase, groups: ParentGroup<RelationshipSelection>[]): Promise<Map<string, RelationshipPage>[]> {
  const { names, params } = relationshipsQuery(groups);
  const rows = await db.readUnionAll<{ part: number; slug: string } & RelationshipPage>(names.length === 1 ? names[0] : "get-relationships", names, params);
  const pages = groups.map(() => new Map<string, RelationshipPage>());
  for (const row of rows) pages[row.part].set(row.slug, { totalCount: row.totalCount, rows: row.rows });
  return pages;
}
