import { RELATIONSHIP_CONNECTIONS } from "../../common/vocabulary";
import { entityProjectionText, relationshipFilter } from "../../db/cypher-files";
import { EntityProperty, propertyItems } from "../../db/projection";
import { int } from "../../db/values";
import { ARROWS, selectionParams, shapeOf } from "../relationship/relationship.repository";
import { ConnectionPlan, EntityPlan } from "./plan";

// The statement a plan compiles to is assembled from the fixed clauses below. The only things that
// vary are taken from whitelists (the vocabulary's relationship types and arrows, ASC/DESC, which
// optional parts to project) or are generated names (`c3`, `n3` from a counter); every value a client
// sends (slug, cursors, filter, page size) travels as a parameter.

/** The entity bound to `v` with what its plan reads (partials/entity.cypher), and `also` besides. */
const entityProjection = (v: string, plan: EntityPlan, also: EntityProperty[] = []) =>
  entityProjectionText(v, { properties: [...new Set([...plan.properties, ...also])], citations: plan.citations, aliases: plan.aliases });

class Builder {
  private next = 0;

  /**
   * One connection of the entity bound to `parent`, as a CALL returning `c<id>`: {totalCount, rows}
   * in the loader's row shape (relationship.repository.ts), each row with `pages` for its node's own
   * connections, read after the page is cut so only the page's rows are expanded.
   */
  connection(parent: string, plan: ConnectionPlan): { id: string; text: string } {
    const id = String(this.next++);
    const [g, r, n, k] = [`g${id}`, `r${id}`, `n${id}`, `k${id}`];
    const { types, direction } = RELATIONSHIP_CONNECTIONS[plan.selection.connection];
    const [left, right] = ARROWS[direction];
    const shape = shapeOf(plan.selection);
    const pattern = `(${parent})${left}[${r}:${types.join("|")}]${right}(${n}:Entity)`;
    const where = shape.filtered ? `WHERE ${relationshipFilter(g, r)}` : "";

    const count = !plan.totalCount
      ? "RETURN 0 AS total"
      : shape.filtered
        ? `WITH ${parent}, $c${id} AS ${g} MATCH ${pattern} ${where} RETURN count(*) AS total`
        : `RETURN COUNT { (${parent})${left}[:${types.join("|")}]${right}() } AS total`;
    const sortKey = shape.byName
      ? `${n}.sortName + '|' + coalesce(toString(${r}.dateStart), '0000-00-00') + '|' + ${r}.key`
      : `coalesce(toString(${r}.dateStart), '0000-00-00') + '|' + ${n}.sortName + '|' + ${r}.key`;
    const children = plan.node.connections.map((child) => this.connection(n, child));
    const properties: string[] = plan.relationshipCitations
      ? [...plan.relationshipProperties, "citationSources", "citationQuotes"]
      : plan.relationshipProperties;
    // The type and the direction are computed, not stored: every edge reads them.
    const relationship = plan.relationship
      ? `${r} {${[...propertyItems(r, properties), `type: type(${r})`, `outgoing: startNode(${r}) = ${parent}`].join(", ")}}`
      : `{type: type(${r})}`;
    const pages = children.map((child) => `c${child.id}: c${child.id}`).join(", ");
    return {
      id,
      text: [
        `CALL (${parent}) {`,
        `  CALL (${parent}) { ${count} }`,
        `  CALL (${parent}) {`,
        `    WITH ${parent}, $c${id} AS ${g}`,
        `    MATCH ${pattern}`,
        ...(where ? [`    ${where}`] : []),
        `    WITH ${g}, ${parent}, ${r}, ${n}, ${sortKey} AS ${k}`,
        `    WHERE (${g}.after IS NULL OR ${k} > ${g}.after) AND (${g}.before IS NULL OR ${k} < ${g}.before)`,
        `    ORDER BY ${k} ${shape.backward ? "DESC" : "ASC"}`,
        `    LIMIT $c${id}_limit`,
        ...children.map((child) => child.text),
        // Re-sorted after the nested CALLs (at most a page of rows), so collect's order never rests on them keeping it.
        ...(children.length
          ? [
              `    WITH ${g}, ${parent}, ${r}, ${n}, ${k}, ${children.map((child) => `c${child.id}`).join(", ")} ORDER BY ${k} ${shape.backward ? "DESC" : "ASC"}`,
            ]
          : []),
        `    RETURN collect({sortKey: ${k}, relationship: ${relationship}, other: ${entityProjection(n, plan.node)}, pages: {${pages}}}) AS rows`,
        `  }`,
        `  RETURN {totalCount: total, rows: rows} AS c${id}`,
        `}`,
      ].join("\n"),
    };
  }
}

/** How a compiled statement finds its root entity: by slug (`entity(slug:)`) or by stable id (`node(id:)`). */
export type RootSeek = "slug" | "uid";

/** The Redirect property a retired key of each kind is kept under (a merged entity's slug and uid). */
const REDIRECT_KEY: Record<RootSeek, string> = { slug: "fromSlug", uid: "fromUid" };

/**
 * The root entity by its key (following a retired key's Redirect, as get-entities-by-slugs.cypher and
 * get-node-slugs-by-uids.cypher do) with every planned connection, nested, in one statement: one row
 * `{requested, entity, pages}`, where `requested` is the key asked for.
 */
export function compiledEntityText(plan: EntityPlan, seek: RootSeek): string {
  const builder = new Builder();
  const calls = plan.connections.map((connection) => builder.connection("e", connection));
  const pages = calls.map((call) => `c${call.id}: c${call.id}`).join(", ");
  return [
    `OPTIONAL MATCH (live:Entity {${seek}: $${seek}})`,
    `OPTIONAL MATCH (:Redirect {${REDIRECT_KEY[seek]}: $${seek}})-[:REDIRECTS_TO]->(moved:Entity)`,
    "WITH coalesce(live, moved) AS e",
    "WHERE e IS NOT NULL",
    ...calls.map((call) => call.text),
    // The key sought is read too: whether it is the entity's own tells a redirect.
    `RETURN $${seek} AS requested, ${entityProjection("e", plan, [seek])} AS entity, {${pages}} AS pages`,
  ].join("\n");
}

/** This request's values for a plan's statement, numbered in the order the builder numbers the connections (depth first). */
export function compiledEntityParams(plan: EntityPlan, seek: RootSeek, key: string): Record<string, unknown> {
  const params: Record<string, unknown> = { [seek]: key };
  let next = 0;
  const visit = (connection: ConnectionPlan) => {
    const id = next++;
    params[`c${id}`] = selectionParams(connection.selection);
    params[`c${id}_limit`] = int(connection.selection.page.limit);
    connection.node.connections.forEach(visit);
  };
  plan.connections.forEach(visit);
  return params;
}

/** The plan's structure without its values: two plans with the same signature compile to the same text. */
export function planSignature(plan: EntityPlan): string {
  const entity = (p: EntityPlan): unknown => [
    p.properties,
    p.aliases,
    p.citations,
    p.connections.map((c) => [
      c.selection.connection,
      shapeOf(c.selection),
      c.totalCount,
      c.relationship,
      c.relationshipProperties,
      c.relationshipCitations,
      entity(c.node),
    ]),
  ];
  return JSON.stringify(entity(plan));
}
