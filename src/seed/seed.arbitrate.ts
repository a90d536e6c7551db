/**
 * The rule that turns a fact's claims into the values the fact shows (docs/claims.md). Pure: it sees
 * every claim of the fact, from every source loaded so far, so the result does not depend on the
 * order the sources were loaded in.
 *
 * 1. Only ACTIVE claims count (SUPERSEDED and RETRACTED ones stay stored and visible); if a fact has no
 *    ACTIVE ASSERTS claim left, its ASSERTS claims of any status still give its values.
 * 2. Only ASSERTS claims give values; DENIES and DISPUTES claims only make the fact `disputed`.
 * 3. Claims are ranked: an editorial pin first, then certainty (CONFIRMED, REPORTED, ESTIMATED), then
 *    date precision (a day before a month ... before an interval), then the later report, then source
 *    slug and claim key (only to make ties deterministic).
 * 4. Each field (a date counts as one field with its precision and bounds; an amount with its currency)
 *    takes the value of the best-ranked claim that gives one.
 * 5. `disputed`: an ACTIVE claim DENIES or DISPUTES the fact, or two ACTIVE ASSERTS claims give
 *    different values for the same field (dates disagree only when their ranges do not overlap).
 * 6. An entity's name and description come from one of its declarations (chooseDeclaration).
 */

export interface ClaimRow {
  key: string;
  factKey: string;
  sourceSlug: string;
  sourceRank: string;
  stance: string;
  status: string;
  pinned: boolean;
  quotes: string[];
  [field: string]: unknown;
}

export interface Arbitrated {
  factKey: string;
  values: Record<string, unknown>;
  /** For an entity (`entity:<slug>`): the declaration whose name and description it shows. */
  declaration?: { name: string; description: string | null; sourceSlug: string };
  disputed: boolean;
  citationSources: string[];
  citationQuotes: string[];
}

/** Fields that travel together: a date with its precision and bounds, an amount with its currency. */
const GROUPS: string[][] = [
  ["certainty"],
  ["dateText", "datePrecision", "dateStart", "dateEnd"],
  ["endDateText", "endDatePrecision", "endDateStart", "endDateEnd"],
  ["amount", "currency"],
  ["valuation", "valuationCurrency"],
  ["value", "qualifier", "unit"],
  ["percentage"],
  ["round"],
  ["roundCount"],
  ["legalKind"],
  ["jobTitle"],
  ["title"],
  ["summary"],
  ["statementQuote"],
  ["speakerDescription"],
  ["focus"],
];

/** The groups two sources can disagree on (wording fields such as title or summary are not facts). */
const COMPARED = new Set(["dateText", "amount", "valuation", "value", "percentage", "round"]);

const CERTAINTY_RANK: Record<string, number> = { CONFIRMED: 0, REPORTED: 1, ESTIMATED: 2 };
const PRECISION_RANK: Record<string, number> = { DAY: 0, MONTH: 1, QUARTER: 2, HALF_YEAR: 3, YEAR: 4, INTERVAL: 5 };

/** Best first (rule 3). */
export function rankClaims(claims: ClaimRow[]): ClaimRow[] {
  const rank = (table: Record<string, number>, value: unknown) => table[value as string] ?? 9;
  return [...claims].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      rank(CERTAINTY_RANK, a.certainty) - rank(CERTAINTY_RANK, b.certainty) ||
      rank(PRECISION_RANK, a.datePrecision) - rank(PRECISION_RANK, b.datePrecision) ||
      b.sourceRank.localeCompare(a.sourceRank) ||
      a.sourceSlug.localeCompare(b.sourceSlug) ||
      a.key.localeCompare(b.key),
  );
}

/** The values, `disputed` and verbatim citations of one fact from all its claims. */
export function arbitrate(factKey: string, claims: ClaimRow[]): Arbitrated {
  const asserting = claims.filter((c) => c.stance === "ASSERTS");
  const activeAsserting = asserting.filter((c) => c.status === "ACTIVE");
  const ranked = rankClaims(activeAsserting.length > 0 ? activeAsserting : asserting);

  const values: Record<string, unknown> = {};
  for (const group of GROUPS) {
    const best = ranked.find((c) => c[group[0]] !== null && c[group[0]] !== undefined);
    for (const field of group) values[field] = best ? (best[field] ?? null) : null;
  }

  const opposed = claims.some((c) => c.status === "ACTIVE" && c.stance !== "ASSERTS");
  const disputed = opposed || GROUPS.some((group) => COMPARED.has(group[0]) && disagree(activeAsserting, group));

  // Verbatim evidence in a stable order: older reports first, each source's quotes in file order.
  const cited = claims
    .filter((c) => c.status === "ACTIVE" && c.quotes.length > 0)
    .sort((a, b) => a.sourceRank.localeCompare(b.sourceRank) || a.sourceSlug.localeCompare(b.sourceSlug) || a.key.localeCompare(b.key));
  return {
    factKey,
    values,
    ...(factKey.startsWith("entity:") ? { declaration: chooseDeclaration(claims) } : {}),
    disputed,
    citationSources: cited.flatMap((c) => c.quotes.map(() => c.sourceSlug)),
    citationQuotes: cited.flatMap((c) => c.quotes),
  };
}

/**
 * The declaration an entity shows its name and description from: an editorial pin first; then a news
 * source's before an editorial one (editorial folders add names and context, they do not re-describe
 * what a news source reported); then the earliest report (the source that introduced the entity); then
 * source slug and claim key. A function of the set of declarations, so the load order does not matter.
 */
export function chooseDeclaration(claims: ClaimRow[]): { name: string; description: string | null; sourceSlug: string } {
  const active = claims.filter((c) => c.status === "ACTIVE" && typeof c.entityName === "string");
  const candidates = active.length > 0 ? active : claims.filter((c) => typeof c.entityName === "string");
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      Number(a.editorial === true) - Number(b.editorial === true) ||
      a.sourceRank.localeCompare(b.sourceRank) ||
      a.sourceSlug.localeCompare(b.sourceSlug) ||
      a.key.localeCompare(b.key),
  );
  // Each field from the best-ranked declaration that gives one (rule 4), as for facts.
  const described = ranked.find((c) => typeof c.description === "string");
  return {
    name: ranked[0].entityName as string,
    description: (described?.description as string | undefined) ?? null,
    sourceSlug: ranked[0].sourceSlug,
  };
}

function disagree(claims: ClaimRow[], group: string[]): boolean {
  const giving = claims.filter((c) => c[group[0]] !== null && c[group[0]] !== undefined);
  if (group[0] === "dateText") {
    // Two dates agree when their ranges overlap: "2024-11" and "2024-11-11" say the same thing at two precisions.
    return giving.some((a) => giving.some((b) => String(a.dateEnd) < String(b.dateStart) || String(b.dateEnd) < String(a.dateStart)));
  }
  // A figure is its value and qualifier ("more than 3 billion" differs from "about 3 billion"); its unit names it.
  const compared = group[0] === "value" ? ["value", "qualifier"] : group;
  const signatures = new Set(
    giving.map((c) => JSON.stringify(compared.map((field) => c[field] ?? (field === "qualifier" ? "EXACT" : null)))),
  );
  return signatures.size > 1;
}

/** Claims grouped by fact, arbitrated. */
export function arbitrateAll(claims: ClaimRow[]): Arbitrated[] {
  const byFact = new Map<string, ClaimRow[]>();
  for (const claim of claims) byFact.set(claim.factKey, [...(byFact.get(claim.factKey) ?? []), claim]);
  return [...byFact.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([factKey, rows]) => arbitrate(factKey, rows));
}
