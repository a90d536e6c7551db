import { parentLoader } from "../../common/batch-loader";
import { cypherTemplate } from "../../common/cypher-template";
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

/**
 * get-relationships.cypher with the connection's types and direction written into the pattern, so
 * Neo4j expands only those relationships. The types come from the resolvers' fixed field definitions,
 * checked against the vocabulary anyway: nothing else may reach the query text.
 */
export function relationshipQuery(types: string[], direction: RelationshipSelection["direction"]): string {
  const unknown = types.filter((t) => !KNOWN_TYPES.has(t));
  if (types.length === 0 || unknown.length > 0) throw new Error(`get-relationships: not a known relationship type list: ${JSON.stringify(types)}`);
  const r = `[r:${types.join("|")}]`;
  const pattern = { OUT: `(parent)-${r}->(other:Entity)`, IN: `(parent)<-${r}-(other:Entity)`, BOTH: `(parent)-${r}-(other:Entity)` }[direction];
  if (pattern === undefined) throw new Error(`get-relationships: not a direction: ${String(direction)}`);
  return cypherTemplate("get-relationships", { PATTERN: pattern });
}

export function relationshipLoaders(db: GraphDatabase) {
  return {
    relationships: parentLoader<RelationshipSelection, RelationshipPage>(
      async (slugs, selection) => {
        const { page } = selection;
        const text = relationshipQuery(selection.types, selection.direction);
        const rows = await db.readAssembled<{ slug: string } & RelationshipPage>("get-relationships", text, {
          slugs,
          asOf: selection.asOf,
          after: page.after?.k ?? null,
          before: page.before?.k ?? null,
          backward: page.backward,
          limit: int(page.limit),
        });
        return new Map(rows.map((r) => [r.slug, { totalCount: r.totalCount, rows: r.rows }]));
      },
      () => ({ totalCount: 0, rows: [] }),
    ),
  };
}
