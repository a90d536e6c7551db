// The explorer's only way to the data: the public GraphQL endpoint, like any other client.

const ENDPOINT = new URL("../graphql", document.baseURI).href;

/** An error the page can show: the API's message and its stable code (NOT_FOUND, BAD_USER_INPUT ...). */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.name = "ApiError";
    this.code = code;
  }
}

/** Runs one operation; throws ApiError on transport errors and on any GraphQL error. */
export async function gql(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(`Cannot reach the API (${error.message}).`, "NETWORK_ERROR");
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} ${response.statusText} without a GraphQL result.`, `HTTP_${response.status}`);
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions?.code ?? "GRAPHQL_ERROR");
  }
  if (!response.ok) throw new ApiError(`The API answered ${response.status}.`, `HTTP_${response.status}`);
  return body.data;
}

const ENTITY = "fragment E on Entity { id slug name type kinds }";
const CITATION = "fragment C on Citation { quote source { title publisher publicationDate { text } url } }";
/** A claim as the details panel lists it: who says what, with its quote or reference note. */
const CLAIM = `fragment CL on Claim {
  key stance status certainty quotes note value qualifier date { text }
  amount { amount currencyCode } valuation { amount currencyCode } attributedTo { name }
  source { title publisher publicationDate { text } url textStored }
}`;

export async function search(query, first = 8, { signal } = {}) {
  const data = await gql(
    `query ExplorerSearch($query: String!, $first: Int) { search(query: $query, first: $first) { score matched entity { ...E } } } ${ENTITY}`,
    { query, first },
    { signal },
  );
  return data.search;
}

/** An entity's card: names, description, evidence and its events (the timeline, date order). */
export async function entityDetails(slug) {
  const data = await gql(
    `query ExplorerEntity($slug: String!) {
      entity(slug: $slug) {
        ...E description
        aliases { name language }
        citations { ...C }
        events(first: 100) { totalCount edges { roles node { id slug type title summary certainty disputed date { text } } } }
      }
    } ${ENTITY} ${CITATION}`,
    { slug },
  );
  return data.entity;
}

/** Just enough of an entity to name it (for the "how connected" pickers restored from a link). */
export async function entityName(slug) {
  const data = await gql(`query ExplorerEntityName($slug: String!) { entity(slug: $slug) { ...E } } ${ENTITY}`, { slug });
  return data.entity;
}

/** An event with everything the side panel shows. */
export async function eventDetails(id) {
  const data = await gql(
    `query ExplorerEvent($id: ID!) {
      node(id: $id) {
        id
        ... on Event {
          slug type title summary certainty disputed date { text }
          participants { role entity { ...E } }
          citations { ...C }
          claims(first: 50) { totalCount edges { node { ...CL } } }
        }
        ... on FundingRound { round amount { amount currencyCode } }
        ... on Acquisition { price { amount currencyCode } }
        ... on LegalAction { legalKind }
        ... on PriceChange { percentage }
        ... on Statement { quote speakerDescription }
        ... on TalentMove { jobTitle }
        ... on LicensingDeal { licenceAmount: amount { amount currencyCode } }
      }
    } ${ENTITY} ${CITATION} ${CLAIM}`,
    { id },
  );
  return data.node;
}
