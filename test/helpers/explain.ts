import neo4j from "neo4j-driver";
import { GraphDatabase } from "../../src/db/graph-database";

export interface PlanOperator {
  operator: string;
  details: string;
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/**
 * The operators of a query's plan (EXPLAIN: planned, not run), depth first. Write statements are
 * planned in a WRITE session: a READ one refuses them before planning.
 */
export async function explainOperators(
  db: GraphDatabase,
  text: string,
  params: Record<string, unknown>,
  accessMode: "READ" | "WRITE" = "READ",
): Promise<PlanOperator[]> {
  const session = db.driver.session({ defaultAccessMode: accessMode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
  try {
    const result = await session.run(`EXPLAIN ${text}`, params);
    const operators: PlanOperator[] = [];
    const walk = (plan: PlanNode) => {
      const details = plan.arguments.Details;
      operators.push({ operator: plan.operatorType.replace(/@.*$/, ""), details: typeof details === "string" ? details : "" });
      plan.children.forEach(walk);
    };
    walk(result.summary.plan as unknown as PlanNode);
    return operators;
  } finally {
    await session.close();
  }
}

/** One operator as a readable line, so a failing assertion shows what was planned. */
export const describeOperator = (o: PlanOperator) => `${o.operator} ${o.details}`;

/** Full scans and label scans: what an index-backed lookup must never plan. */
export const scansIn = (operators: PlanOperator[]) =>
  operators.filter((o) => o.operator === "AllNodesScan" || o.operator === "NodeByLabelScan").map(describeOperator);

/** The index seeks a plan starts from. */
export const seeksIn = (operators: PlanOperator[]) => operators.filter((o) => /IndexSeek/.test(o.operator)).map((o) => o.details);
