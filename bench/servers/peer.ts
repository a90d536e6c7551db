import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import * as http from "node:http";
import { AddressInfo } from "node:net";
import { announce, childDriver } from "./child-env";
import { PEER_TYPE_DEFS } from "./peer-typedefs";

/**
 * The peer: @neo4j/graphql 7 behind the same HTTP stack as ours (express 5 + Apollo Server 5), with
 * Apollo's cache-control plugin off as the API has it (it walks every resolved field for hints).
 */
async function main() {
  const driver = childDriver();
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, introspection: false, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  app.use("/graphql", express.json({ limit: "100kb" }), expressMiddleware(apollo, { context: () => Promise.resolve({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  announce((httpServer.address() as AddressInfo).port, async () => {
    await apollo.stop();
    httpServer.close();
    await driver.close();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
