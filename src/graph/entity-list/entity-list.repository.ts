import { cypher, CypherFamily, generatedQuery } from "../../db/cypher-files";
import { BadUserInputError } from "../../common/errors";
import { CursorKey, PageRequest } from "../../common/pagination";
import { GraphDatabase } from "../../db/graph-database";
import { int } from "../../db/values";
import { Entity, entityFromRow } from "../entity/entity.type";
import { OrderDirection } from "../event/event.args";
import { EntityListFilter, EntityOrder, EntityOrderField } from "./entity-list.args";
import { compileLogicalFilter, nameContainsText } from "./entity-list.filter";

/** Which list: the label its generated queries match. */
export type EntityListLabel = "Organization" | "Person" | "Product" | "Market";
const LABELS: EntityListLabel[] = ["Organization", "Person", "Product", "Market"];
/** Sort properties, each backed by an index on :Entity (entity_sort_name, entity_slug). */
const SORT_PROPERTIES: Record<EntityOrderField, string> = { NAME: "sortName", SLUG: "slug" };

export interface EntityListRow {
  entity: Entity;
  cursorKey: CursorKey;
}

export interface EntityListPage {
  totalCount: number;
  rows: EntityListRow[];
}

/** One keyset page of organisations, people, products or markets, filtered, index-ordered, with the total count. */
export async function listEntities(
  db: GraphDatabase,
  label: EntityListLabel,
  filter: EntityListFilter | null | undefined,
  order: EntityOrder | null | undefined,
  page: PageRequest,
): Promise<EntityListPage> {
  const field = order?.field ?? EntityOrderField.NAME;
  // Paging backwards walks the requested order in reverse; toConnection flips the rows back.
  const ascending = ((order?.direction ?? OrderDirection.ASC) === OrderDirection.ASC) !== page.backward;
  const cursor = page.backward ? page.before : page.after;
  const where = compileLogicalFilter(filter);
  if (cursor && typeof cursor.s !== "string")
    throw new BadUserInputError(page.backward ? "before" : "after", "is not a cursor of this list.");
  const [row] = await db.read<{ totalCount: number; entities: { sortValue: string; entity: Record<string, unknown> }[] }>(
    entityListQueryName(label, field, ascending, cursor !== null),
    {
      kinds: filter?.kinds?.length ? filter.kinds : null,
      nameContains: nameContainsText(filter?.nameContains),
      relationshipTypes: filter?.hasRelationship?.length ? filter.hasRelationship : null,
      relationshipDirection: filter?.hasRelationshipDirection ?? null,
      where,
      cursorValue: cursor?.s ?? null,
      cursorSlug: cursor?.k ?? null,
      limit: int(page.limit),
    },
  );
  return {
    totalCount: row?.totalCount ?? 0,
    rows: (row?.entities ?? []).map((e) => ({
      entity: entityFromRow(e.entity),
      cursorKey: { s: e.sortValue, k: e.entity.slug as string },
    })),
  };
}

const variantName = (label: EntityListLabel, field: EntityOrderField, ascending: boolean, withCursor: boolean) =>
  `${label.toLowerCase()}.${field.toLowerCase()}.${ascending ? "asc" : "desc"}${withCursor ? ".after" : ""}`;

/** Every list, sort property, order and first-or-later page: the whitelist of generated list-entities files. */
export const ENTITY_LIST_QUERIES: CypherFamily = {
  template: "list-entities",
  variants: LABELS.flatMap((label) =>
    Object.values(EntityOrderField).flatMap((field) =>
      [true, false].flatMap((ascending) =>
        [false, true].map((withCursor) => ({
          name: variantName(label, field, ascending, withCursor),
          view: { label, sort: SORT_PROPERTIES[field], order: ascending ? "ASC" : "DESC", cursor: withCursor, cmp: ascending ? ">" : "<" },
        })),
      ),
    ),
  ),
};

/** The generated list-entities file for a list, sort, order and page (exported for the EXPLAIN test). */
export function entityListQueryName(label: EntityListLabel, field: EntityOrderField, ascending: boolean, withCursor: boolean): string {
  return generatedQuery("list-entities", variantName(label, field, ascending, withCursor));
}

/** The text of that file (for the EXPLAIN tests). */
export function entityListQuery(label: EntityListLabel, field: EntityOrderField, ascending: boolean, withCursor: boolean): string {
  return cypher(entityListQueryName(label, field, ascending, withCursor));
}
