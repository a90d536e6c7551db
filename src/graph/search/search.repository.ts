import { normalizeName } from "../../common/normalize";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";
import { entityFromRow } from "../entity/entity.type";
import { DEFAULT_SEARCH_SIZE, SearchArgs } from "./search.args";
import { luceneQuery } from "./lucene";
import { SearchHit } from "./search.type";

/** Full-text candidates fetched before grouping by entity and filtering by kind. */
const CANDIDATES = 200;

interface SearchRow {
  score: number;
  matched: string;
  entity: Record<string, unknown>;
}

/** Search (its arguments checked by SearchArgs' rules): one Cypher query over the full-text and exact-alias indexes, one hit per entity. */
export async function searchEntities(db: GraphDatabase, args: SearchArgs): Promise<SearchHit[]> {
  const first = args.first ?? DEFAULT_SEARCH_SIZE;
  const lucene = luceneQuery(args.query);
  // Only punctuation or symbols (`*:*`): nothing a name could match.
  if (lucene === null) return [];
  const rows = await db.read<SearchRow>("search-entities", {
    lucene,
    normalized: normalizeName(args.query),
    kinds: args.kinds?.length ? args.kinds : null,
    candidates: int(Math.max(CANDIDATES, first * 4)),
    first: int(first),
  });
  return rows.map((row) => ({ entity: entityFromRow(row.entity), score: row.score, matched: row.matched }));
}
