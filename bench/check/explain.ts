import neo4j, { Driver } from "neo4j-driver";
import { floorStatement } from "../servers/floor-queries";

/** Operators that read a whole label or the whole store: what no floor statement may plan. */
const SCAN =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|SubtractionNodeByLabelsScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)$/;

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}

/** The scans in `query`'s plan (EXPLAIN: planned, never run), as "operator details". */
export async function scansIn(driver: Driver, query: string, params: Record<string, unknown>): Promise<string[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`EXPLAIN ${query}`, params);
    const walk = (plan: Plan): string[] => [
      ...(SCAN.test(plan.operatorType.replace(/@.*$/, "")) ? [`${plan.operatorType} ${describeDetails(plan.arguments.Details)}`] : []),
      ...plan.children.flatMap(walk),
    ];
    return walk(result.summary.plan as unknown as Plan);
  } finally {
    await session.close();
  }
}

/**
 * EXPLAINs each operation's floor statement with its first request's parameters and fails naming
 * the operation and operator when one scans a label or the store: a floor that scans is no floor
 * (the 100k organisation rows of an earlier run came from one).
 */
export async function explainFloor(driver: Driver, requests: { op: string; params: Record<string, unknown> }[]): Promise<void> {
  const problems: string[] = [];
  for (const { op, params } of requests) {
    const statement = floorStatement(op, params);
    if (statement.query === null) continue;
    const scans = await scansIn(driver, statement.query, statement.params);
    if (scans.length) problems.push(`${op}: ${scans.join("; ")}`);
  }
  if (problems.length) throw new Error(`floor statements plan scans:\n  ${problems.join("\n  ")}`);
}

/** EXPLAIN details are text in Neo4j 5; anything else is shown as JSON rather than "[object Object]". */
function describeDetails(details: unknown): string {
  return typeof details === "string" ? details : details === undefined ? "" : JSON.stringify(details);
}
