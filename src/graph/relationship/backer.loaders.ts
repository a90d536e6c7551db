import { parentLoader } from "../../common/batch-loader";
import { PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";

export interface InvestorFounderRow {
  sortKey: string;
  other: Record<string, unknown>;
  companies: string[];
  states: string[];
  citations: { source: string; quote: string }[];
}

export interface InvestorFounderPage {
  totalCount: number;
  rows: InvestorFounderRow[];
}

function investorFounderLoader(db: GraphDatabase, query: string) {
  return parentLoader<{ page: PageRequest }, InvestorFounderPage>(
    async (slugs, { page }) => {
      const rows = await db.read<{ slug: string } & InvestorFounderPage>(query, {
        slugs,
        after: page.after?.k ?? null,
        before: page.before?.k ?? null,
        backward: page.backward,
        limit: int(page.limit),
      });
      return new Map(rows.map((r) => [r.slug, r]));
    },
    () => ({ totalCount: 0, rows: [] }),
  );
}

export function backerLoaders(db: GraphDatabase) {
  return {
    backersByFounder: investorFounderLoader(db, "get-backers-by-founder-slugs"),
    founderRelationsByInvestor: investorFounderLoader(db, "get-founder-relations-by-investor-slugs"),
  };
}
