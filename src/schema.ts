import "reflect-metadata";
import { createPubSub } from "@graphql-yoga/subscription";
import { GraphQLSchema } from "graphql";
import { buildSchema, ClassType, NonEmptyArray } from "type-graphql";
import { validateArguments } from "./common/validate-args";
import { EntityResolver } from "./graph/entity/entity.resolver";
import { EntityListResolver } from "./graph/entity-list/entity-list.resolver";
import { EventResolver } from "./graph/event/event.resolver";
import { MetricResolver } from "./graph/metric/metric.resolver";
import { NodeResolver } from "./graph/node/node.resolver";
import { OrganizationResolver } from "./graph/organization/organization.resolver";
import { PersonResolver } from "./graph/person/person.resolver";
import { CitationResolver, EntitySourcesResolver, SourceResolver } from "./graph/source/source.resolver";
import { ProductResolver } from "./graph/product/product.resolver";
import { SearchResolver } from "./graph/search/search.resolver";
import { PathResolver } from "./graph/paths/path.resolver";
import { NeighborhoodResolver } from "./graph/neighborhood/neighborhood.resolver";
import { EDGE_RESOLVERS } from "./graph/relationship/relationship.resolver";
import { BACKING_RESOLVERS } from "./graph/backing/backing.resolver";
import { CO_INVESTMENT_RESOLVERS } from "./graph/co-investment/co-investment.resolver";
import { SUMMARY_RESOLVERS } from "./graph/summary/summary.resolver";
import { Market, Organization, Person, Product } from "./graph/entity/entity.type";
import {
  Acquisition,
  FundingRound,
  Layoff,
  LegalAction,
  LicensingDeal,
  PriceChange,
  ProductLaunch,
  Statement,
  TalentMove,
} from "./graph/event/event.type";
import { Metric } from "./graph/metric/metric.type";
import { Source } from "./graph/source/source.type";
import { ClaimResolver } from "./graph/claim/claim.resolver";
import { RateLimitResolver } from "./graph/rate-limit/rate-limit.resolver";
import { ChangeFeedResolver, EntityHistoryResolver } from "./graph/change/change.resolver";
import { CurationResolver } from "./graph/curation/curation.resolver";
import { ChangeResolver } from "./graph/change/change.subscription";

/** Every resolver class; each domain folder adds its own here. */
export const RESOLVERS: NonEmptyArray<ClassType> = [
  NodeResolver,
  EntityResolver,
  OrganizationResolver,
  PersonResolver,
  ProductResolver,
  ...EDGE_RESOLVERS,
  ...BACKING_RESOLVERS,
  ...CO_INVESTMENT_RESOLVERS,
  ...SUMMARY_RESOLVERS,
  EventResolver,
  MetricResolver,
  SourceResolver,
  EntitySourcesResolver,
  CitationResolver,
  ClaimResolver,
  SearchResolver,
  EntityListResolver,
  PathResolver,
  NeighborhoodResolver,
  RateLimitResolver,
  ChangeFeedResolver,
  EntityHistoryResolver,
  ChangeResolver,
  CurationResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/** The one schema the server, the SDL emitter and the tests share (built once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    // Argument classes are validated by class-validator, but only those that declare rules (see
    // validate-args.ts); `validate: { forbidUnknownValues: false }` ran it on every argument object.
    validateFn: validateArguments,
    // TypeGraphQL needs a PubSub whenever there is a subscription, even though `changes` brings its
    // own `subscribe` (src/subscriptions/change-poller.ts) and nothing publishes to this one.
    pubSub: createPubSub(),
    // Interfaces' implementations are reached through resolveType; list every type explicitly so
    // types that no field returns directly still appear in the schema.
    orphanedTypes: [
      Organization,
      Person,
      Product,
      Market,
      FundingRound,
      Acquisition,
      LegalAction,
      PriceChange,
      TalentMove,
      LicensingDeal,
      ProductLaunch,
      Statement,
      Layoff,
      Metric,
      Source,
    ],
  }).then(describeRootType);
  return cached;
}

// TypeGraphQL has no option for the root type's own description; set it once on the built schema.
function describeRootType(schema: GraphQLSchema): GraphQLSchema {
  schema.getMutationType()!.description =
    "The curation writes: each needs an editor API key, runs in one transaction (nothing is written when `userErrors` is not empty), is recorded in `changes` and may carry an `idempotencyKey`.";
  schema.getQueryType()!.description =
    "The read entry points of the AI industry knowledge graph: lookups by id or slug, search, lists, the event timeline and connections between entities. Every fact carries its citations.";
  schema.getSubscriptionType()!.description =
    "Live updates over graphql-ws (WebSocket, same URL): authenticated by the connection's `Authorization: Bearer <key>` parameter, a few open subscriptions per key (MAX_SUBSCRIPTIONS_PER_KEY).";
  return schema;
}
