import neo4j from "neo4j-driver";
import * as http from "node:http";
import { AddressInfo } from "node:net";
import { toPlain } from "../../src/db/values";
import { announce, childDriver } from "./child-env";
import { floorStatement } from "./floor-queries";

/**
 * The floor: each operation's answer fetched by one hand-written Cypher statement
 * (./floor-queries.ts) through the driver, behind a bare node:http handler with the same request
 * shape as GraphQL (POST JSON, JSON back with `data` and `extensions.cypherQueries`). No schema, no
 * validation, no resolvers: what is left is the database and the wire, the least any API over this
 * graph can cost. Reads are auto-commit queries in a READ session, as the API sends them (a managed
 * transaction would add BEGIN and COMMIT round trips the API does not pay).
 */
async function main() {
  const driver = childDriver();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => void answer(Buffer.concat(chunks).toString("utf8"), res));
  });

  async function answer(request: string, res: http.ServerResponse): Promise<void> {
    let body: string;
    try {
      const { op, params } = JSON.parse(request) as { op: string; params: Record<string, unknown> };
      const statement = floorStatement(op, params);
      const rows = statement.query === null ? [] : await read(statement.query, statement.params);
      body = JSON.stringify({ data: { [op]: statement.shape(rows) }, extensions: { cypherQueries: statement.query === null ? 0 : 1 } });
    } catch (error) {
      body = JSON.stringify({ errors: [{ message: (error as Error).message }] });
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  }

  async function read(query: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(query, params);
      return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
    } finally {
      await session.close();
    }
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  announce((server.address() as AddressInfo).port, async () => {
    server.close();
    await driver.close();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
