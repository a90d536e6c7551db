import neo4j from "neo4j-driver";
import * as http from "node:http";
import { AddressInfo } from "node:net";
import { fromGlobalId, toGlobalId } from "../../src/common/global-id";
import { normalizeName } from "../../src/common/normalize";
import { cypher, generatedQuery } from "../../src/db/cypher-files";
import { toPlain } from "../../src/db/values";
import { luceneQuery } from "../../src/graph/search/lucene";
import { announce, childDriver } from "./child-env";

/**
 * The floor: each operation's result fetched by hand-written Cypher (one statement each) through the
 * driver, behind a bare node:http handler with the same request shape as GraphQL (POST JSON, JSON
 * back with `data` and `extensions.cypherQueries`). No schema, no validation, no resolvers: what is
 * left is the database and the wire, which is the least any API over this graph can cost.
 */
const ENTITY = `e {.slug, .name, .kinds, .description, aliases: [(a:Alias)-[:ALIAS_OF]->(e) WHERE NOT a.isName | a {.name, .language}]}`;
const EDGE_ORDER = (r: string, other: string) => `coalesce(toString(${r}.dateStart), '0000-00-00') + '|' + ${other}.sortName + '|' + ${r}.key`;

export const FLOOR_CYPHER: Record<string, string> = {
  entity: `MATCH (e:Entity {slug: $slug}) RETURN ${ENTITY} AS entity`,
  organizationProfile: `
    MATCH (o:Entity {slug: $slug}) WHERE o:Organization
    RETURN o.name AS name,
      COLLECT { MATCH (p:Entity)-[r:FOUNDED]->(o) WITH p, r ORDER BY ${EDGE_ORDER("r", "p")} LIMIT 10 RETURN {title: r.title, name: p.name} } AS founders,
      COUNT { (:Entity)-[:INVESTED_IN]->(o) } AS investorCount,
      COLLECT { MATCH (i:Entity)-[r:INVESTED_IN]->(o) WITH i, r ORDER BY ${EDGE_ORDER("r", "i")} LIMIT 10 RETURN {round: r.round, dateText: r.dateText, name: i.name} } AS investors`,
  portfolio: `
    MATCH (inv:Entity {slug: $slug}) WHERE inv:Organization
    RETURN inv.name AS name,
      COUNT { (inv)-[:INVESTED_IN]->(:Entity) } AS totalCount,
      COLLECT {
        MATCH (inv)-[r:INVESTED_IN]->(c:Entity) WITH c, r ORDER BY ${EDGE_ORDER("r", "c")} LIMIT 10
        RETURN {name: c.name, founders: COLLECT { MATCH (f:Entity)-[fr:FOUNDED]->(c) WITH f, fr ORDER BY ${EDGE_ORDER("fr", "f")} LIMIT 5 RETURN f.name }}
      } AS portfolio`,
  timeline: `
    CALL () {
      MATCH (ev:Event) WHERE ev.type IN $types AND ev.dateEnd >= date($from) AND ev.dateStart <= date($to)
      RETURN count(ev) AS totalCount
    }
    CALL () {
      MATCH (ev:Event) WHERE ev.type IN $types AND ev.dateEnd >= date($from) AND ev.dateStart <= date($to)
      WITH ev ORDER BY ev.dateStart, ev.slug LIMIT 20
      RETURN collect(ev {.slug, .type, .title, .dateText, participants: [(e:Entity)-[p:PARTICIPATED_IN]->(ev) | {role: p.role, name: e.name}]}) AS events
    }
    RETURN totalCount, events`,
};

type Params = Record<string, unknown>;
const handlers: Record<string, (params: Params) => { query: string; params: Params }> = {
  node: (p) => ({ query: FLOOR_CYPHER.entity, params: { slug: fromGlobalId(p.id as string)?.slug ?? "" } }),
  entityBySlug: (p) => ({ query: FLOOR_CYPHER.entity, params: { slug: p.slug } }),
  search: (p) => ({
    query: cypher("search-entities"),
    params: { lucene: luceneQuery(p.q as string), normalized: normalizeName(p.q as string), kinds: null, first: neo4j.int(10), candidates: neo4j.int(200) },
  }),
  organizationProfile: (p) => ({ query: FLOOR_CYPHER.organizationProfile, params: { slug: p.slug } }),
  portfolio: (p) => ({ query: FLOOR_CYPHER.portfolio, params: { slug: p.slug } }),
  timeline: (p) => ({ query: FLOOR_CYPHER.timeline, params: p }),
  // Paths and neighbourhoods are one Cypher query in the API already; the floor runs that same query
  // without GraphQL (the API then maps rows to Path/Subgraph objects, which the floor leaves as rows).
  howConnected: (p) => ({
    query: cypher(generatedQuery("how-connected", "hops-4")),
    params: { fromEntity: p.from, fromEvent: null, toEntity: p.to, toEvent: null, first: neo4j.int(3) },
  }),
  neighborhood: (p) => ({
    query: cypher(generatedQuery("neighborhood", "depth-2")),
    params: { entity: p.slug, event: null, first: neo4j.int(50), maxEdges: neo4j.int(1000) },
  }),
};

async function main() {
  const driver = childDriver();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      let body: string;
      try {
        const { op, params } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { op: string; params: Params };
        const { query, params: cypherParams } = handlers[op](params);
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.executeRead((tx) => tx.run(query, cypherParams));
          const rows = result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
          // Global ids are computed in the handler, as the API does.
          for (const row of rows) if (row.entity && typeof row.entity === "object") (row.entity as Params).id = toGlobalId("Entity", (row.entity as Params).slug as string);
          body = JSON.stringify({ data: { [op]: rows }, extensions: { cypherQueries: 1 } });
        } finally {
          await session.close();
        }
      } catch (error) {
        body = JSON.stringify({ errors: [{ message: (error as Error).message }] });
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  announce((server.address() as AddressInfo).port, async () => {
    server.close();
    await driver.close();
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
