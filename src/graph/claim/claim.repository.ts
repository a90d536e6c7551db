import { GraphDatabase } from "../../db/graph-database";
import { Claim, claimFromRow } from "./claim.type";

/** Every claim of each fact, by fact key (`event:<slug>`, `metric:<slug>`, `rel:<key>`), in key order. */
export async function getClaimsByFactKeys(db: GraphDatabase, factKeys: string[]): Promise<Map<string, Claim[]>> {
  const rows = await db.read<{ factKey: string; claim: Record<string, unknown> }>("get-claims-by-fact-keys", { factKeys });
  return grouped(rows.map((r) => [r.factKey, claimFromRow(r.claim)]));
}

/** Every claim each source makes, by source slug, in key order. */
export async function getClaimsBySourceSlugs(db: GraphDatabase, slugs: string[]): Promise<Map<string, Claim[]>> {
  const rows = await db.read<{ slug: string; claim: Record<string, unknown> }>("get-claims-by-source-slugs", { slugs });
  return grouped(rows.map((r) => [r.slug, claimFromRow(r.claim)]));
}

function grouped(pairs: [string, Claim][]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const [key, claim] of pairs) out.set(key, [...(out.get(key) ?? []), claim]);
  return out;
}
