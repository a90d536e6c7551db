import neo4j from "neo4j-driver";
import { fromGlobalId, globalIdOfRow, seededGlobalId } from "../../src/common/global-id";
import { normalizeName } from "../../src/common/normalize";
import { luceneQuery } from "../../src/graph/search/lucene";

/**
 * The floor's statements: for each operation, the one auto-commit Cypher statement an expert would
 * hand-write for exactly the fields the operation selects (see bench/operations.ts), and the few
 * lines of JavaScript that shape its rows into the operation's answer (global ids, edge ids), the
 * part any server must do. The answers are in the canonical form bench/check/normalize.ts compares.
 *
 * Sort orders are the API's (connections by date|sortName|key, events by date then slug), so the
 * three targets answer the same rows per page; the check requests prove it before any measurement.
 */
type Row = Record<string, unknown>;
export interface FloorStatement {
  /** Null for the stack reference, which reads nothing. */
  query: string | null;
  params: Row;
  /** Rows (plain values) to the operation's answer. */
  shape(rows: Row[]): unknown;
}

const TRAVERSED = "FOUNDED|WORKS_AT|OWNS|SUBSIDIARY_OF|INVESTED_IN|PARTNER_OF|POSITIONED_IN|ACQUIRED|SUED|JOINED|LICENSED|PARTICIPATED_IN";
const EDGE_ORDER = (r: string, other: string) =>
  `coalesce(toString(${r}.dateStart), '0000-00-00') + '|' + ${other}.sortName + '|' + ${r}.key`;
// A node of a path or neighbourhood as the operations select it: its kind, slug, and name or title.
const NODE = (n: string) => `{event: ${n}:Event, slug: ${n}.slug, label: CASE WHEN ${n}:Event THEN ${n}.title ELSE ${n}.name END}`;

export const FLOOR_CYPHER = {
  entity: `MATCH (e:Entity {slug: $slug})
    RETURN e.uid AS uid, e.slug AS slug, e.name AS name, e.kinds AS kinds, e.description AS description,
      [(a:Alias)-[:ALIAS_OF]->(e) WHERE NOT a.isName | a {.name, .language}] AS aliases`,
  entityByUid: `MATCH (e:Entity {uid: $uid})
    RETURN e.uid AS uid, e.slug AS slug, e.name AS name, e.kinds AS kinds, e.description AS description,
      [(a:Alias)-[:ALIAS_OF]->(e) WHERE NOT a.isName | a {.name, .language}] AS aliases`,
  // Totals from the node's degree for the type (no walk), as the API counts them.
  organizationProfile: `
    MATCH (o:Entity {slug: $slug}) WHERE o:Organization
    RETURN o.name AS name,
      COLLECT { MATCH (p:Entity)-[r:FOUNDED]->(o) WITH p, r ORDER BY ${EDGE_ORDER("r", "p")} LIMIT 10 RETURN {title: r.title, name: p.name} } AS founders,
      COUNT { (o)<-[:INVESTED_IN]-() } AS investorCount,
      COLLECT { MATCH (i:Entity)-[r:INVESTED_IN]->(o) WITH i, r ORDER BY ${EDGE_ORDER("r", "i")} LIMIT 10 RETURN {round: r.round, dateText: r.dateText, name: i.name} } AS investors`,
  portfolio: `
    MATCH (inv:Entity {slug: $slug}) WHERE inv:Organization
    RETURN inv.name AS name,
      COUNT { (inv)-[:INVESTED_IN]->() } AS totalCount,
      COLLECT {
        MATCH (inv)-[r:INVESTED_IN]->(c:Entity) WITH c, r ORDER BY ${EDGE_ORDER("r", "c")} LIMIT 10
        RETURN {name: c.name, founders: COLLECT { MATCH (f:Entity)-[fr:FOUNDED]->(c) WITH f, fr ORDER BY ${EDGE_ORDER("fr", "f")} LIMIT 5 RETURN f.name }}
      } AS companies`,
  // Events overlapping [from, to]. Every event of the synthetic graph has a day, month or year date,
  // so one that ends on or after $from starts at most a year before it: the lower bound on dateStart
  // ($startsFrom) keeps the seek on (type, dateStart, dateEnd) to the window instead of every earlier
  // event. The check requests compare the answers with the API's, which makes no such assumption.
  timeline: `
    CALL () {
      MATCH (ev:Event) WHERE ev.type IN $types AND ev.dateStart >= date($startsFrom) AND ev.dateStart <= date($to) AND ev.dateEnd >= date($from)
      RETURN count(ev) AS totalCount
    }
    CALL () {
      MATCH (ev:Event) WHERE ev.type IN $types AND ev.dateStart >= date($startsFrom) AND ev.dateStart <= date($to) AND ev.dateEnd >= date($from)
      WITH ev ORDER BY ev.dateStart, ev.slug LIMIT 20
      RETURN collect(ev {.slug, .type, .title, .dateText,
        participants: COLLECT { MATCH (e:Entity)-[p:PARTICIPATED_IN]->(ev) WITH p, e ORDER BY p.role, e.sortName RETURN {role: p.role, name: e.name} }}) AS events
    }
    RETURN totalCount, events`,
  // The API's ranking (full-text hits plus exact normalized matches above them, one best alias per
  // entity), projecting only matched, score and the entity's slug, name and kinds.
  search: `
    CALL () {
      CALL db.index.fulltext.queryNodes('alias_fulltext', $lucene, {limit: $candidates}) YIELD node, score
      RETURN node AS alias, score
      UNION ALL
      MATCH (alias:Alias {normalized: $normalized})
      RETURN alias, null AS score
    }
    WITH alias, coalesce(max(score), 0.0) AS textScore, count(score) < count(*) AS exact
    WITH collect({alias: alias, textScore: textScore, exact: exact}) AS hits
    WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.textScore > top THEN h.textScore ELSE top END) AS top
    UNWIND hits AS h
    WITH h.alias AS alias, CASE WHEN h.exact THEN top + 1.0 + h.textScore ELSE h.textScore END AS score
    MATCH (alias)-[:ALIAS_OF]->(e:Entity)
    WITH e, alias, score ORDER BY score DESC, alias.isName DESC, alias.name
    WITH e, collect({matched: alias.name, score: score})[0] AS best
    ORDER BY best.score DESC, e.sortName, e.slug
    LIMIT 10
    RETURN best.matched AS matched, best.score AS score, e.slug AS slug, e.name AS name, e.kinds AS kinds`,
  // The API's path order (length, event hops, node slugs) over the 10 shortest simple paths; per
  // step only the relationship type and its direction, per node its kind, slug and name or title.
  howConnected: `
    MATCH (a:Entity {slug: $from})
    MATCH (b:Entity {slug: $to})
    MATCH p = SHORTEST 10 (a)-[:${TRAVERSED}]-{1,4}(b)
    WITH p WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
    WITH p, size([n IN nodes(p) WHERE n:Event]) AS eventHops, reduce(k = '', n IN nodes(p) | k + '|' + n.slug) AS pathKey
    ORDER BY length(p), eventHops, pathKey
    LIMIT 3
    RETURN length(p) AS length,
      [n IN nodes(p) | ${NODE("n")}] AS nodes,
      [i IN range(0, length(p) - 1) | {relationship: type(relationships(p)[i]), outgoing: startNode(relationships(p)[i]) = nodes(p)[i]}] AS steps`,
  // The API's selection of nodes (distance, then degree, then slug; 50 with the centre) and every
  // relationship between them, with only what the edge ids and the operation's fields need.
  neighborhood: `
    MATCH (center:Entity {slug: $slug})
    CALL (center) {
      MATCH p = SHORTEST 1 (center)-[:${TRAVERSED}]-{1,2}(n)
      WHERE n <> center
      WITH n, length(p) AS distance, COUNT { (n)-[:${TRAVERSED}]-() } AS degree
      ORDER BY distance, degree DESC, n.slug
      LIMIT 50
      RETURN collect(n) AS reached
    }
    WITH center, reached, [center] + reached[0..49] AS kept
    CALL (kept) {
      UNWIND kept AS x
      MATCH (x)-[r:${TRAVERSED}]->(y)
      WHERE y IN kept
      WITH x, r, y ORDER BY x.slug, type(r), y.slug, r.key, r.role
      RETURN collect({type: type(r), fromEvent: x:Event, fromSlug: x.slug, toEvent: y:Event, toSlug: y.slug, role: r.role, eventSlug: r.eventSlug, title: r.title}) AS edges
    }
    RETURN size(reached) >= 50 OR size(edges) > 1000 AS truncated, [n IN kept | ${NODE("n")}] AS nodes, edges[0..1000] AS edges`,
};

const kind = (event: unknown) => (event ? "Event" : "Entity");
const nodeId = (n: Row) => seededGlobalId(kind(n.event), n.slug as string);
/** An edge with the API's stable id (src/graph/neighborhood/neighborhood.repository.ts), built in the handler as the API does. */
function subgraphEdge(e: Row) {
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const discriminator = e.type === "PARTICIPATED_IN" ? text(e.role) : e.eventSlug ? `event:${text(e.eventSlug)}` : text(e.title);
  const [fromId, toId] = [seededGlobalId(kind(e.fromEvent), e.fromSlug as string), seededGlobalId(kind(e.toEvent), e.toSlug as string)];
  const id = Buffer.from(`Edge:${text(e.type)}:${fromId}|${toId}|${discriminator}`, "utf8").toString("base64url");
  return { id, fromId, toId, relationship: e.type };
}
const graphNode = (n: Row) => ({ id: nodeId(n), label: n.label });
const entity = (rows: Row[]) => (rows[0] ? { id: globalIdOfRow("Entity", rows[0]), ...rows[0] } : null);
const oneYearBefore = (isoDate: string) => `${Number(isoDate.slice(0, 4)) - 1}${isoDate.slice(4)}`;

/** The statement, parameters and shaping for one request of operation `op`. */
export function floorStatement(op: string, p: Row): FloorStatement {
  switch (op) {
    case "stack":
      return { query: null, params: {}, shape: () => "Query" };
    case "node":
      return { query: FLOOR_CYPHER.entityByUid, params: { uid: fromGlobalId(p.id as string)?.uid ?? "" }, shape: entity };
    case "entityBySlug":
      return { query: FLOOR_CYPHER.entity, params: { slug: p.slug }, shape: entity };
    case "search":
      return {
        query: FLOOR_CYPHER.search,
        params: { lucene: luceneQuery(p.q as string), normalized: normalizeName(p.q as string), candidates: neo4j.int(200) },
        shape: (rows) => rows,
      };
    case "organizationProfile":
      return { query: FLOOR_CYPHER.organizationProfile, params: { slug: p.slug }, shape: (rows) => rows[0] ?? null };
    case "portfolio":
    case "hubPortfolio":
      return { query: FLOOR_CYPHER.portfolio, params: { slug: p.slug }, shape: (rows) => rows[0] ?? null };
    case "timeline":
      return {
        query: FLOOR_CYPHER.timeline,
        params: { ...p, startsFrom: oneYearBefore(p.from as string) },
        shape: (rows) => rows[0] ?? null,
      };
    case "howConnected":
      return {
        query: FLOOR_CYPHER.howConnected,
        params: { from: p.from, to: p.to },
        shape: (rows) =>
          rows.map((r) => ({
            length: r.length,
            nodes: (r.nodes as Row[]).map(graphNode),
            steps: (r.steps as Row[]).map((s) => ({ relationship: s.relationship, direction: s.outgoing ? "OUTGOING" : "INCOMING" })),
          })),
      };
    case "neighborhood":
      return {
        query: FLOOR_CYPHER.neighborhood,
        params: { slug: p.slug },
        shape: (rows) =>
          rows[0]
            ? {
                truncated: rows[0].truncated,
                nodes: (rows[0].nodes as Row[]).map(graphNode),
                edges: (rows[0].edges as Row[]).map(subgraphEdge),
              }
            : null,
      };
    default:
      throw new Error(`the floor has no operation ${op}`);
  }
}
