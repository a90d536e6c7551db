import { GraphDatabase } from "../../db/graph-database";
import { moneyFrom } from "../../common/money.type";
import { EntitySummary, InvestmentSummary, YearCount } from "./summary.type";

/** A sum as the query returns it: a float and a code, before it becomes a Money. */
type StoredMoney = { amount: number; currency: string };

/** The dashboard aggregates of each entity, by slug, in one query. */
export async function getSummariesBySlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, EntitySummary>> {
  type Row = { slug: string; eventsPerYear: YearCount[]; investment: Omit<InvestmentSummary, "raised"> & { raised: StoredMoney[] } };
  const rows = await db.read<Row>("get-summaries-by-entity-slugs", { slugs });
  return new Map(
    rows.map((r) => [
      r.slug,
      {
        eventsPerYear: r.eventsPerYear,
        investment: r.investment && { ...r.investment, raised: r.investment.raised.map((m) => moneyFrom(m.amount, m.currency)!) },
      },
    ]),
  );
}
