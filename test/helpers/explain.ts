import neo4j from "neo4j-driver";
import { GraphDatabase } from "../../src/db/graph-database";

export interface PlanOperator {
  operator: string;
  details: string;
}

/** The operators of a query's plan (EXPLAIN: planned, not run), depth first. */
export async function explainOperators(db: GraphDatabase, text: string, params: Record<string, unknown>): Promise<PlanOperator[]> {
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`EXPLAIN ${text}`, params);
    const operators: PlanOperator[] = [];
    const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      operators.push({ operator: plan.operatorType.replace(/@.*$/, ""), details: String(plan.arguments.Details ?? "") });
      plan.children.forEach((child) => walk(child as typeof plan));
    };
    walk(result.summary.plan as never);
    return operators;
  } finally {
    await session.close();
  }
}

/** Full scans and label scans: what an index-backed lookup must never plan. */
export const scansIn = (operators: PlanOperator[]) =>
  operators.filter((o) => o.operator === "AllNodesScan" || o.operator === "NodeByLabelScan").map((o) => `${o.operator} ${o.details}`);

/** The index seeks a plan starts from. */
export const seeksIn = (operators: PlanOperator[]) => operators.filter((o) => /IndexSeek/.test(o.operator)).map((o) => o.details);
