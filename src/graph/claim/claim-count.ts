import { AppContext } from "../../context";

/** How many claims (of every source and status) back the fact filed under `factKey`: one batched load per level. */
export async function claimCount(factKey: string | null, ctx: AppContext): Promise<number> {
  if (!factKey) return 0;
  return (await ctx.loaders.claimsByFact.load(factKey)).length;
}
