import DataLoader from "dataloader";
import { GraphDatabase } from "../../db/graph-database";
import { getClaimsByFactKeys, getClaimsBySourceSlugs } from "./claim.repository";
import { Claim } from "./claim.type";

/** A fact's or a source's claims: every parent of one level in one query (then paged in memory: a fact has a handful). */
export function claimLoaders(db: GraphDatabase) {
  const byKeys = (load: (keys: string[]) => Promise<Map<string, Claim[]>>) =>
    new DataLoader<string, Claim[]>(async (keys) => {
      const found = await load([...keys]);
      return keys.map((key) => found.get(key) ?? []);
    });
  return {
    claimsByFact: byKeys((keys) => getClaimsByFactKeys(db, keys)),
    claimsBySource: byKeys((slugs) => getClaimsBySourceSlugs(db, slugs)),
  };
}
