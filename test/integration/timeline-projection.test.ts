import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";

// Issue 16, part 2: the timeline (`events`) reads in its one statement only what the operation selects
// of each event and its participants (src/graph/compile/event-page-plan.ts, list-events.cypher). Each
// selection here is answered by `events` and by `nodes(ids:)`, which reads whole events and their
// participants through the loaders: the answers must be the same.

const ENTITY = `id slug name type kinds description version aliases { name language } citations { quote source { slug } }`;
const EVENT_FIELDS = `id slug type title summary certainty disputed date { text precision start end } citations { quote source { slug } }
  ... on FundingRound { amount { amount currencyCode } round roundCount }
  ... on Acquisition { price { amount currencyCode } valuation { amount currencyCode } }
  ... on LegalAction { legalKind } ... on PriceChange { percentage } ... on TalentMove { jobTitle }
  ... on Statement { quote speakerDescription } ... on LicensingDeal { amount { amount currencyCode } }`;

/**
 * `queries`: 1, or 2 where citations' sources are selected (read through their loader); null where a
 * field below reads one statement per entity (`history`).
 */
const SELECTIONS: Record<string, { selection: string; queries: number | null }> = {
  "every field, participants with whole entities": { selection: `${EVENT_FIELDS} participants { role entity { ${ENTITY} } }`, queries: 2 },
  "participants' names only (the bench's timeline)": {
    selection: `slug type title date { text } participants { role entity { name } }`,
    queries: 1,
  },
  "the participants' history, which is read by the entity's id": {
    selection: `participants { entity { slug history(first: 1) { totalCount } } }`,
    queries: null,
  },
  "no participants, no citations": { selection: `slug title date { text precision }`, queries: 1 },
  "citations only": { selection: `slug citations { quote }`, queries: 1 },
  "participantsConnection with aliases under a fragment, and participants beside it": {
    selection: `slug ...Who participants { entity { name } }`,
    queries: 1,
  },
};
const FRAGMENTS = `fragment Who on Event { ... on FundingRound { participantsConnection(first: 5) { totalCount edges { role node { slug aliases { name } } } } }
  all: participantsConnection { nodes { slug citations { quote } } } }`;

describe("the timeline reads what is selected of its events and participants", () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => t?.close());

  it.each(Object.entries(SELECTIONS))("answers %s as the loaders do, in one query", async (_label, { selection, queries }) => {
    const fragments = selection.includes("...Who") ? FRAGMENTS : "";
    const timeline = await t.query(`{ events(first: 40) { totalCount edges { node { id ${selection} } } } } ${fragments}`);
    expectNoErrors(timeline);
    if (queries !== null) expect(timeline.extensions?.cypherQueries).toBe(queries);
    const events = timeline.data!.events.edges.map((edge: { node: { id: string } }) => edge.node);
    expect(events.length).toBeGreaterThan(20);

    const loaded = await t.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Event { ${selection} } } } ${fragments}`, {
      ids: events.map((e: { id: string }) => e.id),
    });
    expectNoErrors(loaded);
    expect(events).toEqual(loaded.data!.nodes);
  });

  it("shows the participants' aliases and citations when they are selected (the comparison above is not vacuous)", async () => {
    const timeline = await t.query(
      `{ events(first: 100) { edges { node { citations { quote } participants { entity { aliases { name } citations { quote } } } } } } }`,
    );
    expectNoErrors(timeline);
    const nodes = timeline.data!.events.edges.map((edge: { node: any }) => edge.node);
    const entities = nodes.flatMap((node: any) => node.participants.map((p: any) => p.entity));
    expect(nodes.some((node: any) => node.citations.length > 0)).toBe(true);
    expect(entities.some((entity: any) => entity.aliases.length > 0)).toBe(true);
    expect(entities.some((entity: any) => entity.citations.length > 0)).toBe(true);
  });
});
