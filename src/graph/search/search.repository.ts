import { normalizeName } from "../../common/normalize";
import { BadUserInputError } from "../../common/errors";
import { CursorKey, PageRequest } from "../../common/pagination";
import { generatedQuery, projectedQuery, singleFile } from "../../db/cypher-files";
import { GraphDatabase } from "../../db/graph-database";
import { EntityProjection, FULL_ENTITY_PROJECTION } from "../../db/projection";
import { int } from "../../db/values";
import { Entity, entityFromRow } from "../entity/entity.type";
import { EntityKind } from "../../common/enums";
import { luceneQuery } from "./lucene";

/** Full-text candidates fetched before grouping by entity and filtering by kind: the most hits a search has. */
export const CANDIDATES = 200;

interface SearchRow {
  totalCount: number;
  hits: { position: number; score: number; matched: string; entity: Record<string, unknown> }[];
}

/** A hit as the search query ranks it: its position in the ranking, for its cursor. */
export interface RankedHit {
  position: number;
  entity: Entity;
  score: number;
  matched: string;
}

/** search-entities.cypher reading of each entity only `projection` (the file itself reads all of it). */
const SEARCH_QUERY = singleFile("search-entities");
const searchText = (projection: EntityProjection) =>
  projectedQuery(SEARCH_QUERY, generatedQuery(SEARCH_QUERY.template), projection, { entityProjection: projection });

/**
 * One page of the ranked hits (the page's arguments checked by the caller's rules): one Cypher query
 * over the full-text and exact-alias indexes, one hit per entity, with the number of hits in all.
 * A cursor is a hit's position and its entity's slug (`s`, `k`). Of each entity it reads
 * what `projection` names (searchEntityProjection: what the operation selects).
 */
export async function searchPage(
  db: GraphDatabase,
  args: { query: string; kinds?: EntityKind[] | null },
  page: PageRequest,
  projection: EntityProjection = FULL_ENTITY_PROJECTION,
): Promise<{ totalCount: number; hits: RankedHit[] }> {
  const lucene = luceneQuery(args.query);
  // Only punctuation or symbols (`*:*`): nothing a name could match.
  if (lucene === null) return { totalCount: 0, hits: [] };
  const [row] = await db.readAssembled<SearchRow>("search-entities", searchText(projection), {
    lucene,
    normalized: normalizeName(args.query),
    kinds: args.kinds?.length ? args.kinds : null,
    candidates: int(Math.max(CANDIDATES, page.limit * 4)),
    limit: int(page.limit),
    backward: page.backward,
    afterSlug: page.after?.k ?? null,
    afterPosition: page.after ? int(position(page.after, "after") + 1) : null,
    beforeSlug: page.before?.k ?? null,
    beforePosition: page.before ? int(position(page.before, "before")) : null,
  });
  const hits = row.hits.map((hit) => ({
    position: hit.position,
    score: hit.score,
    matched: hit.matched,
    entity: entityFromRow(hit.entity),
  }));
  // Fetched nearest to the cursor first, as toConnection expects of a backward page.
  return { totalCount: row.totalCount, hits: page.backward ? hits.reverse() : hits };
}

const MAX_POSITION = 1_000_000;

function position(cursor: CursorKey, argument: string): number {
  // A hit's rank: bounded well above any candidate list, so a forged huge number is refused, not sent to Neo4j.
  if (typeof cursor.s === "number" && Number.isSafeInteger(cursor.s) && cursor.s >= 0 && cursor.s <= MAX_POSITION) return cursor.s;
  throw new BadUserInputError(argument, "is not a cursor returned by this API.");
}
