import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/**
 * POSTs a typed document and returns its typed data; any GraphQL error is thrown with its code
 * (the API's codes are stable: BAD_USER_INPUT, RATE_LIMITED, ...). Any GraphQL client that takes a
 * TypedDocumentNode (urql, Apollo Client, graphql-request) infers the same types.
 */
export async function request<Result, Variables>(
  endpoint: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new Error(`${first.extensions?.code ?? "ERROR"}: ${first.message}`);
  }
  return body.data!;
}
