import { cypherTemplate } from "../../db/cypher-files";
import { BadUserInputError } from "../../common/errors";
import { normalizeName } from "../../common/normalize";
import { CursorKey, PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";
import { Entity, entityFromRow } from "../entity/entity.type";
import { OrderDirection } from "../event/event.args";
import { EntityListFilter, EntityOrder, EntityOrderField } from "./entity-list.args";

/** Which list: the label fragment of list-entities.cypher, chosen in code (never from user text). */
export type EntityListLabel = "Organization" | "Person" | "Product";
const LABELS: Record<EntityListLabel, string> = { Organization: "Organization", Person: "Person", Product: "Product" };
/** Sort properties, each backed by an index on :Entity (entity_sort_name, entity_slug). */
const SORT_PROPERTIES: Record<EntityOrderField, string> = { NAME: "sortName", SLUG: "slug" };

const MAX_NAME_CONTAINS = 200;

export interface EntityListRow {
  entity: Entity;
  cursorKey: CursorKey;
}

export interface EntityListPage {
  totalCount: number;
  rows: EntityListRow[];
}

/** One keyset page of organisations, people or products, filtered, index-ordered, with the total count. */
export async function listEntities(
  db: GraphDatabase,
  label: EntityListLabel,
  filter: EntityListFilter | null | undefined,
  order: EntityOrder | null | undefined,
  page: PageRequest,
): Promise<EntityListPage> {
  const field = order?.field ?? EntityOrderField.NAME;
  const sort = SORT_PROPERTIES[field];
  // Paging backwards walks the requested order in reverse; toConnection flips the rows back.
  const ascending = ((order?.direction ?? OrderDirection.ASC) === OrderDirection.ASC) !== page.backward;
  const cursor = page.backward ? page.before : page.after;
  if (cursor && typeof cursor.s !== "string") throw new BadUserInputError(page.backward ? "before" : "after", "is not a cursor of this list.");
  const text = entityListQuery(label, field, ascending, cursor !== null);
  const [row] = await db.readAssembled<{ totalCount: number; entities: Record<string, unknown>[] }>("list-entities", text, {
    kinds: filter?.kinds?.length ? filter.kinds : null,
    nameContains: nameContains(filter?.nameContains),
    relationshipTypes: filter?.hasRelationship?.length ? filter.hasRelationship : null,
    cursorValue: cursor?.s ?? null,
    cursorSlug: cursor?.k ?? null,
    limit: int(page.limit),
  });
  return {
    totalCount: row?.totalCount ?? 0,
    rows: (row?.entities ?? []).map((e) => ({ entity: entityFromRow(e), cursorKey: { s: e[sort] as string, k: e.slug as string } })),
  };
}

/**
 * list-entities.cypher with its whitelisted fragments filled in: the label, the index-backed sort
 * property, the direction and, after the first page, the keyset condition. Exported for the EXPLAIN test.
 */
export function entityListQuery(label: EntityListLabel, field: EntityOrderField, ascending: boolean, withCursor: boolean): string {
  const sort = SORT_PROPERTIES[field];
  return cypherTemplate("list-entities", {
    LABEL: LABELS[label],
    SORT: sort,
    DIR: ascending ? "ASC" : "DESC",
    // "After (value, slug)" as a range the index can seek plus a CASE for ties. Written as
    // `value > v OR (value = v AND slug > k)`, the planner turns the OR into a union of two index
    // seeks and sorts everything again instead of reading the index in order.
    CURSOR: withCursor
      ? `AND e.${sort} ${ascending ? ">=" : "<="} $cursorValue AND CASE WHEN e.${sort} = $cursorValue THEN e.slug ${ascending ? ">" : "<"} $cursorSlug ELSE true END`
      : "",
  });
}

/** The text to look for in normalized names, or null for no condition. */
function nameContains(text: string | null | undefined): string | null {
  if (text == null) return null;
  if (text.length > MAX_NAME_CONTAINS) throw new BadUserInputError("filter.nameContains", `must be at most ${MAX_NAME_CONTAINS} characters; got ${text.length}.`);
  const normalized = normalizeName(text);
  if (normalized === "") throw new BadUserInputError("filter.nameContains", "must contain a letter, digit or ideograph.");
  return normalized;
}
