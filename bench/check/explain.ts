import neo4j, { Driver } from "neo4j-driver";
import { floorStatement } from "../servers/floor-queries";

/** Operators that read a whole label or the whole store: what no floor statement may plan. */
const SCAN = /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|SubtractionNodeByLabelsScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)$/;

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}

/**
 * EXPLAINs (plans, never runs) each operation's floor statement with its first request's parameters
 * and fails naming the operation and operator when one scans a label or the store: a floor that
 * scans is no floor (the 100k organisation rows of an earlier run came from one).
 */
export async function explainFloor(driver: Driver, requests: { op: string; params: Record<string, unknown> }[]): Promise<void> {
  const problems: string[] = [];
  for (const { op, params } of requests) {
    const statement = floorStatement(op, params);
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`EXPLAIN ${statement.query}`, statement.params);
      const walk = (plan: Plan): string[] => [
        ...(SCAN.test(plan.operatorType.replace(/@.*$/, "")) ? [`${plan.operatorType} ${String(plan.arguments.Details ?? "")}`] : []),
        ...plan.children.flatMap(walk),
      ];
      const scans = walk(result.summary.plan as unknown as Plan);
      if (scans.length) problems.push(`${op}: ${scans.join("; ")}`);
    } finally {
      await session.close();
    }
  }
  if (problems.length) throw new Error(`floor statements plan scans:\n  ${problems.join("\n  ")}`);
}
