/**
 * The name of the GraphQL field extension that gives a field its own query cost (default 1), for
 * fields whose answer is much larger than an object's: the cost estimator (src/http/cost.ts) reads
 * it, resolvers declare it with TypeGraphQL's `@Extensions({ [FIELD_COST_EXTENSION]: n })`.
 */
export const FIELD_COST_EXTENSION = "cost";

/** A field's own cost: its `cost` extension when it declares one, else 1. */
export function ownCost(extensions: Readonly<Record<string, unknown>> | null | undefined): number {
  const declared = extensions?.[FIELD_COST_EXTENSION];
  return typeof declared === "number" && declared >= 0 ? declared : 1;
}

/**
 * `Source.text`: a whole article (the seed's is 14 KB), priced like twenty objects. A request can
 * no longer ask for hundreds of texts within the cost limit, and a client's budget (60,000 points a
 * minute) buys a few thousand texts, not a gigabyte. Priced higher (50), the flood test's requests
 * were all refused as too complex at 1 point each and never met the budget: a steadier flood.
 */
export const SOURCE_TEXT_COST = 20;
