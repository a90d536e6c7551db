import { Field, ID, InterfaceType } from "type-graphql";

/**
 * Relay's Node: every entity, event, metric and source has an opaque global id that `node(id:)`
 * resolves. Objects carry their GraphQL type name in `__typename`, set where rows become objects.
 */
@InterfaceType({
  description: "An object with a stable, opaque global id that `node(id:)` and `nodes(ids:)` resolve.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global id; stable across releases and data reloads." })
  id: string;

  __typename?: string;
}
