import { parentLoader } from "../../common/batch-loader";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";

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

export function relationshipLoaders(db: GraphDatabase) {
  return {
    relationships: parentLoader<RelationshipSelection, RelationshipPage>(
      async (slugs, selection) => {
        const { page } = selection;
        const rows = await db.read<{ slug: string } & RelationshipPage>("get-relationships", {
          slugs,
          types: selection.types,
          direction: selection.direction,
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
