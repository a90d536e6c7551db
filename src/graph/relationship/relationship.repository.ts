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
  /** The connection's `filter` and `orderBy` (absent: every relationship, by date, oldest first). */
  filter?: RelationshipFilterValues | null;
  byName?: boolean;
  /** Newest (or Z) first: the requested order, before paging backwards reverses it. */
  descending?: boolean;
  page: PageRequest;
}

/** The conditions of a connection's `filter`, as parameters. */
export interface RelationshipFilterValues {
  round: string | null;
  from: string | null;
  to: string | null;
  certainties: string[] | null;
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
  /** The page is read in descending key order (DESC requested, or ASC paged backwards). */
  backward?: boolean;
  /** Filtered: by `asOf` or the connection's `filter`. */
  filtered?: boolean;
  /** Sorted by the other end's name first, not by date. */
  byName?: boolean;
}

/** The arrow halves of a connection's direction, seen from the parent. */
export const ARROWS = { OUT: ["-", "->"], IN: ["<-", "-"], BOTH: ["-", "-"] } as const;
const SHAPES: Required<RelationshipQueryShape>[] = [false, true].flatMap((byName) =>
  [false, true].flatMap((filtered) => [false, true].map((backward) => ({ backward, filtered, byName }))),
);

/** The variant name of a connection's query: the connection, the sort key, the page order, and `filtered`. */
export function relationshipVariant(connection: ConnectionName, shape: RelationshipQueryShape = {}): string {
  return `${connection}${shape.byName ? ".by-name" : ""}.${shape.backward ? "desc" : "asc"}${shape.filtered ? ".filtered" : ""}`;
}

/** Every relationship connection in every page shape: the whitelist of generated get-relationships files. */
export const RELATIONSHIP_QUERIES: CypherFamily = {
  template: "get-relationships",
  variants: (Object.keys(RELATIONSHIP_CONNECTIONS) as ConnectionName[]).flatMap((connection) => {
    const { types, direction } = RELATIONSHIP_CONNECTIONS[connection];
    const [left, right] = ARROWS[direction];
    return SHAPES.map((shape) => {
      const variant = relationshipVariant(connection, shape);
      return {
        name: variant,
        view: {
          variant,
          types: types.join("|"),
          left,
          right,
          filtered: shape.filtered,
          byName: shape.byName,
          order: shape.backward ? "DESC" : "ASC",
        },
      };
    });
  }),
};

/** The query shape a selection needs. */
export function shapeOf(selection: RelationshipSelection): Required<RelationshipQueryShape> {
  return {
    // Paging backwards walks the requested order in reverse; toConnection flips the rows back.
    backward: (selection.descending ?? false) !== selection.page.backward,
    filtered: selection.asOf !== null || selection.filter != null,
    byName: selection.byName ?? false,
  };
}

/** The generated file a selection needs. */
export function relationshipQueryName(selection: RelationshipSelection): string {
  return generatedQuery("get-relationships", relationshipVariant(selection.connection, shapeOf(selection)));
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
      variant: relationshipVariant(args.connection, shapeOf(args)),
      part,
      slugs,
      ...selectionParams(args),
    })),
    // LIMIT takes no variable: the largest page, each group keeping its own (g.limit).
    limit: int(Math.max(...groups.map((group) => group.args.page.limit))),
  };
  return { names, params };
}

/** A selection's filter, key bounds and page size, as the parameters of its query. */
export function selectionParams(args: RelationshipSelection) {
  return {
    asOf: args.asOf,
    round: args.filter?.round ?? null,
    from: args.filter?.from ?? null,
    to: args.filter?.to ?? null,
    certainties: args.filter?.certainties ?? null,
    // The query compares keys with `after` as the lower bound and `before` as the upper one; in a
    // descending order a forward page's cursor is the upper bound.
    after: (args.descending ? args.page.before : args.page.after)?.k ?? null,
    before: (args.descending ? args.page.after : args.page.before)?.k ?? null,
    limit: args.page.limit,
  };
}

/** Every connection one level of an operation asked for, in one query: one page map per group, in order. */
export async function getRelationships(
  db: GraphDatabase,
  groups: ParentGroup<RelationshipSelection>[],
): Promise<Map<string, RelationshipPage>[]> {
  const { names, params } = relationshipsQuery(groups);
  const rows = await db.readUnionAll<{ part: number; slug: string } & RelationshipPage>(
    names.length === 1 ? names[0] : "get-relationships",
    names,
    params,
  );
  const pages = groups.map(() => new Map<string, RelationshipPage>());
  for (const row of rows) pages[row.part].set(row.slug, { totalCount: row.totalCount, rows: row.rows });
  return pages;
}
