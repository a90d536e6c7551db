import { PageArgsShape } from "../../common/pagination";
import { sortKeyConnection, SortKeyPageLoader } from "../../common/sort-key-page";
import { Entity, entityFromRow } from "../entity/entity.type";
import { factsClaimsResolver } from "../claim/facts-claims.resolver";
import { companiesResolver } from "../entity/linked-entities.resolver";
import { Citation } from "../source/citation.type";
import { BackingRow } from "./backing.repository";
import { BackingEdge, BackingState } from "./backing.type";

/** One page of one parent's backings (either side), through its batched loader. */
export function backingConnection(loader: SortKeyPageLoader<BackingRow>, parent: Entity, args: PageArgsShape) {
  return sortKeyConnection(loader, parent.slug, args, (row, cursor) => ({
    cursor,
    node: entityFromRow(row.other),
    companySlugs: row.companies,
    states: row.states as BackingState[],
    citations: row.citations.map((c) => Object.assign(new Citation(), { sourceSlug: c.source, quote: c.quote })),
    factKeys: [...new Set(row.factKeys)],
  }));
}

const LINKING_COMPANIES = "The companies that link the two: founded by the founder, invested in by the investor.";

const BEHIND_THE_PAIR =
  "The claims behind the pair, from every source, superseded and retracted ones included: those of the investments (INVESTED_IN, or the funding rounds they come from), of the foundings (FOUNDED) and of the legal actions (SUED) that link the two.";

export const BACKING_RESOLVERS = [companiesResolver(BackingEdge, LINKING_COMPANIES), factsClaimsResolver(BackingEdge, BEHIND_THE_PAIR)];
