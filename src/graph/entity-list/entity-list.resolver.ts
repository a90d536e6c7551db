import { Args, Ctx, Query, Resolver } from "type-graphql";
import { AppContext } from "../../context";
import { pageRequest, toConnection } from "../../common/pagination";
import { EntityListArgs } from "./entity-list.args";
import { MarketConnection, OrganizationConnection, PersonConnection, ProductConnection } from "./entity-list.connection";
import { EntityListLabel, listEntities } from "./entity-list.repository";

async function entityConnection(ctx: AppContext, label: EntityListLabel, args: EntityListArgs) {
  const page = pageRequest(args);
  const { totalCount, rows } = await listEntities(ctx.db, label, args.filter, args.orderBy, page);
  return toConnection(rows, page, totalCount, (row, cursor) => ({ cursor, node: row.entity }));
}

/** The top-level lists: every organisation, person, product or market, filtered, sorted and paged. */
@Resolver()
export class EntityListResolver {
  @Query(() => OrganizationConnection, {
    description:
      "Organisations (companies, investors, labs ...), filtered by kind, name and relationships, by name unless told otherwise, paged.",
  })
  organizations(@Args() args: EntityListArgs, @Ctx() ctx: AppContext): Promise<OrganizationConnection> {
    return entityConnection(ctx, "Organization", args);
  }

  @Query(() => PersonConnection, {
    description:
      "People (founders, executives, investors, researchers), filtered by kind, name and relationships, by name unless told otherwise, paged.",
  })
  people(@Args() args: EntityListArgs, @Ctx() ctx: AppContext): Promise<PersonConnection> {
    return entityConnection(ctx, "Person", args);
  }

  @Query(() => ProductConnection, {
    description:
      "Products (models, assistants, apps, cloud services), filtered by kind, name and relationships, by name unless told otherwise, paged.",
  })
  products(@Args() args: EntityListArgs, @Ctx() ctx: AppContext): Promise<ProductConnection> {
    return entityConnection(ctx, "Product", args);
  }

  @Query(() => MarketConnection, {
    description:
      "Markets and market segments (the subjects of market statistics and positioning), filtered by name and relationships, by name unless told otherwise, paged.",
  })
  markets(@Args() args: EntityListArgs, @Ctx() ctx: AppContext): Promise<MarketConnection> {
    return entityConnection(ctx, "Market", args);
  }
}
