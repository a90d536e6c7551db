import { ParentGroup } from "../../common/batch-loader";
import { cypherTemplate } from "../../db/cypher-files";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";
import { RelationshipKind } from "../entity-list/entity-list.args";

/** Which relationships a connection field follows, seen from its parent. */
export interface RelationshipSelection {
  types: string[];
  direction: "OUT" | "IN" | "BOTH";
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

/** The relationship types a pattern may name: the stored types between entities, nothing else. */
const KNOWN_TYPES = new Set<string>(Object.values(RelationshipKind));

/** Which variant of get-relationships.cypher a connection needs besides its types and direction. */
export interface RelationshipQueryShape {
  /** Paging backwards: the page is read in descending key order. */
  backward?: boolean;
  /** Filtered to the relationships in force on a date (`$asOf`). */
  asOf?: boolean;
}

const AS_OF_PREDICATE =
  "WHERE (r.dateStart IS NULL OR r.dateStart <= date($asOf)) AND (r.endDateEnd IS NULL OR r.endDateEnd >= date($asOf))";

/**
 * get-relationships.cypher with the connection's types and direction written into its patterns, so
 * Neo4j expands (or counts) only those relationships, and with the order and date filter the page
 * needs. The types come from the resolvers' fixed field definitions, checked against the vocabulary
 * anyway: nothing else may reach the query text.
 */
export function relationshipQuery(types: string[], direction: RelationshipSelection["direction"], shape: RelationshipQueryShape = {}): string {
  const unknown = types.filter((t) => !KNOWN_TYPES.has(t));
  if (types.length === 0 || unknown.length > 0) throw new Error(`get-relationships: not a known relationship type list: ${JSON.stringify(types)}`);
  const arrows = { OUT: ["-", "->"], IN: ["<-", "-"], BOTH: ["-", "-"] }[direction];
  if (arrows === undefined) throw new Error(`get-relationships: not a direction: ${String(direction)}`);
  const [left, right] = arrows;
  const typeList = types.join("|");
  const pattern = `(parent)${left}[r:${typeList}]${right}(other:Entity)`;
  return cypherTemplate("get-relationships", {
    PATTERN: pattern,
    // Every relationship of these types joins two entities (the seed vocabulary), so without a date
    // the count is the parent's degree for them, which Neo4j reads without walking the relationships.
    COUNT: shape.asOf
      ? `MATCH ${pattern} ${AS_OF_PREDICATE} RETURN count(*) AS totalCount`
      : `RETURN COUNT { (parent)${left}[:${typeList}]${right}() } AS totalCount`,
    AS_OF: shape.asOf ? AS_OF_PREDICATE : "",
    DIR: shape.backward ? "DESC" : "ASC",
  });
}

/** The query variant of a selection (see relationshipQuery). */
const queryFor = (selection: RelationshipSelection) =>
  relationshipQuery(selection.types, selection.direction, { backward: selection.page.backward, asOf: selection.asOf !== null });

/** A connection's parameters, named as get-relationships.cypher names them. */
function relationshipParams(slugs: string[], selection: RelationshipSelection, part: number): Record<string, unknown> {
  const { page } = selection;
  return {
    part,
    slugs,
    asOf: selection.asOf,
    after: page.after?.k ?? null,
    before: page.before?.k ?? null,
    limit: int(page.limit),
  };
}

/**
 * Every connection asked at one level of an operation in one query: one get-relationships branch per
 * group (its parameters suffixed with the branch number), joined by UNION ALL, each row tagged with
 * its branch in `part`. One group is the plain query. The branches are ordered by their text, so the
 * same set of fields is the same query text whatever order the client wrote them in (Neo4j caches a
 * plan per text).
 */
export function relationshipsQuery(groups: ParentGroup<RelationshipSelection>[]): { text: string; params: Record<string, unknown>; order: number[] } {
  if (groups.length === 1) {
    const [{ slugs, args }] = groups;
    return { text: queryFor(args), params: relationshipParams(slugs, args, 0), order: [0] };
  }
  const texts = groups.map((g) => queryFor(g.args));
  const order = groups.map((_, i) => i).sort((a, b) => (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : a - b));
  const params: Record<string, unknown> = {};
  const branches = order.map((groupIndex, branch) => {
    for (const [name, value] of Object.entries(relationshipParams(groups[groupIndex].slugs, groups[groupIndex].args, branch))) params[`${name}_${branch}`] = value;
    return texts[groupIndex]
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("//"))
      .join("\n")
      .replace(/\$([A-Za-z]\w*)/g, (_, name: string) => `$${name}_${branch}`);
  });
  return { text: `CALL () {\n${branches.join("\nUNION ALL\n")}\n}\nRETURN part, slug, totalCount, rows`, params, order };
}

/** Every connection one level of an operation asked for, in one query: one page map per group, in order. */
export async function getRelationships(db: GraphDatabase, groups: ParentGroup<RelationshipSelection>[]): Promise<Map<string, RelationshipPage>[]> {
  const { text, params, order } = relationshipsQuery(groups);
  const rows = await db.readAssembled<{ part: number; slug: string } & RelationshipPage>("get-relationships", text, params);
  const pages = groups.map(() => new Map<string, RelationshipPage>());
  for (const row of rows) pages[order[row.part]].set(row.slug, { totalCount: row.totalCount, rows: row.rows });
  return pages;
}
