import { ManagedTransaction } from "neo4j-driver";
/** Moves the graph's data version by one inside a write transaction; readers use it for ETags and X-Data-Version. */
export async function bumpDataVersion(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run(
    "MERGE (v:DataVersion {id: 'graph'}) ON CREATE SET v.value = 0 SET v.value = v.value + 1 RETURN v.value AS value",
  );
  return Number(result.records[0].get("value"));
}
