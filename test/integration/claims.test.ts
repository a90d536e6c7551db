import "reflect-metadata";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { NodeKind, seededGlobalId } from "../../src/common/global-id";
import { loadSeedRoot, loadSeeds } from "../../src/seed/seed.loader";
import { listSeedFolders } from "../../src/seed/seed.reader";
import { SEEDS_DIR } from "../../src/seed/seeds-dir";
import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";

// Issue 14: claims as the unit of evidence, asked through GraphQL against the seeded Neo4j.

const ARBITRATION = "gsr-ventures-arbitration-against-moonshot-founders-2024-11";
const CHARACTER_AI = "google-acquires-character-ai-2024-08";
const VALUATION = "moonshot-ai-valuation-2024";
const SOURCES = [
  "tech-planet-2024-12-06",
  "editorial-aliases",
  "scmp-2024-12-moonshot-arbitration",
  "yicai-2024-11-11-moonshot-arbitration-lawyer",
  "technode-2025-moonshot-arbitration-advances",
  "bloomberg-2024-08-02-character-ai-google",
  "calcalist-2025-05-25-character-ai-google-doj",
  "straits-times-2024-03-22-inflection-microsoft",
];
const CLAIM_FIELDS = `key stance status certainty pinned quotes note value qualifier
  date { text precision } valuation { amount currencyCode } source { slug textStored url } attributedTo { slug }`;

interface ClaimNode {
  key: string;
  stance: string;
  status: string;
  certainty: string;
  quotes: string[];
  note: string | null;
  value: number | null;
  qualifier: string | null;
  source: { slug: string; textStored: boolean; url: string | null };
  attributedTo: { slug: string } | null;
}

describe("claims from several sources, through GraphQL", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => t?.close());

  async function query<T extends Record<string, any> = any>(text: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await t.query<T>(text, variables);
    expectNoErrors(res);
    return res.data!;
  }
  /** One node by its global id (entities are all `Entity` ids), with fields asked on `type`. */
  const nodeOf = async (type: string, slug: string, fields: string) =>
    (
      await query(
        `{ node(id: "${seededGlobalId((type === "Organization" ? "Entity" : type) as NodeKind, slug)}") { ... on ${type} { ${fields} } } }`,
      )
    ).node;
  const claimsOf = (connection: { edges: { node: ClaimNode }[] }) => connection.edges.map((e) => e.node);

  it("has at least five sources; the reference ones have a URL, no stored text, and publisher, title, date and language", async () => {
    const found = await Promise.all(
      SOURCES.map((slug) => nodeOf("Source", slug, "slug textStored url publisher title publishedAt language text")),
    );
    expect(found.map((s) => s?.slug)).toEqual(SOURCES);
    const references = found.filter((s) => !s.textStored);
    expect(references.length).toBeGreaterThanOrEqual(4);
    for (const s of references) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.text).toBe("");
      for (const field of ["publisher", "title", "publishedAt", "language"]) expect(s[field]).toEqual(expect.any(String));
    }
    const article = found.find((s) => s.slug === "tech-planet-2024-12-06");
    expect(article).toMatchObject({ textStored: true, url: "https://lianpr.com/en/news/detail/6998" });
  });

  it("keeps two sources' different figures for one metric side by side, and marks it disputed", async () => {
    const metric = await nodeOf("Metric", VALUATION, `value qualifier disputed claims { totalCount edges { node { ${CLAIM_FIELDS} } } }`);
    const claims = claimsOf(metric.claims);
    const bySource = Object.fromEntries(claims.map((c) => [c.source.slug, c]));
    expect(bySource["scmp-2024-12-moonshot-arbitration"]).toMatchObject({ stance: "ASSERTS", value: 3e9, qualifier: "MORE_THAN" });
    expect(bySource["technode-2025-moonshot-arbitration-advances"]).toMatchObject({ stance: "ASSERTS", value: 3e9, qualifier: "ABOUT" });
    expect(metric.disputed).toBe(true);
    // Equal certainty; the SCMP's claim gives a date and TechNode's none, so the SCMP's figure is shown.
    expect(metric).toMatchObject({ value: 3e9, qualifier: "MORE_THAN" });
  });

  it("holds the founders' side of the arbitration: a denial and a dispute, and the event is disputed", async () => {
    const event = await nodeOf(
      "Event",
      ARBITRATION,
      `slug disputed certainty date { text } participants { role entity { slug } } claims(first: 20) { totalCount edges { node { ${CLAIM_FIELDS} } } }`,
    );
    const claims = claimsOf(event.claims);
    expect(event.disputed).toBe(true);
    const denial = claims.find((c) => c.stance === "DENIES");
    expect(denial).toMatchObject({
      source: { slug: "yicai-2024-11-11-moonshot-arbitration-lawyer" },
      attributedTo: { slug: "yang-zhilin" },
      status: "ACTIVE",
    });
    expect(claims).toContainEqual(
      expect.objectContaining({ stance: "DISPUTES", source: expect.objectContaining({ slug: "scmp-2024-12-moonshot-arbitration" }) }),
    );
    // The article's own claim is still there, with its quotes, and still gives the event's values.
    const article = claims.find((c) => c.source.slug === "tech-planet-2024-12-06")!;
    expect(article.stance).toBe("ASSERTS");
    expect(article.quotes.length).toBeGreaterThan(0);
    expect(event).toMatchObject({ certainty: "CONFIRMED", date: { text: "2024-11" } });
    expect(event.participants).toContainEqual({ role: "VENUE", entity: { slug: "hkiac" } });
    expect(event.claims.totalCount).toBe(claims.length);
  });

  it("adds a disputing source to the article's acquisition instead of overwriting it, on the event and on its edge", async () => {
    const event = await nodeOf(
      "Event",
      CHARACTER_AI,
      `disputed certainty ... on Acquisition { valuation { amount currencyCode } } claims { edges { node { ${CLAIM_FIELDS} } } }`,
    );
    expect(event).toMatchObject({ disputed: true, certainty: "REPORTED", valuation: { amount: "2500000000", currencyCode: "USD" } });
    expect(claimsOf(event.claims).map((c) => [c.source.slug, c.stance])).toEqual(
      expect.arrayContaining([
        ["tech-planet-2024-12-06", "ASSERTS"],
        ["bloomberg-2024-08-02-character-ai-google", "DISPUTES"],
      ]),
    );
    const google = await nodeOf(
      "Organization",
      "google",
      `acquisitions(first: 10) { edges { node { slug } disputed claims { totalCount edges { node { stance source { slug } } } } } }`,
    );
    const edge = google.acquisitions.edges.find((e: { node: { slug: string } }) => e.node.slug === "character-ai");
    expect(edge.disputed).toBe(true);
    expect(edge.claims.totalCount).toBe(event.claims.edges.length);
  });

  it("models the Character.AI and Inflection AI deals as the reference sources report them: licences with their sums", async () => {
    const google = await nodeOf(
      "Event",
      "google-character-ai-licence-2024-08",
      `disputed ... on LicensingDeal { amount { amount currencyCode } } claims { edges { node { ${CLAIM_FIELDS} } } }`,
    );
    // Bloomberg gives the licence without a sum, Calcalist the US$2.7 billion: not a disagreement, and the sum shows.
    expect(google).toMatchObject({ disputed: false, amount: { amount: "2700000000", currencyCode: "USD" } });
    expect(
      claimsOf(google.claims)
        .map((c) => c.source.slug)
        .sort(),
    ).toEqual(["bloomberg-2024-08-02-character-ai-google", "calcalist-2025-05-25-character-ai-google-doj"]);
    const microsoft = await nodeOf(
      "Event",
      "microsoft-inflection-ai-licence-2024-03",
      `certainty date { text } participants { role entity { slug } } ... on LicensingDeal { amount { amount currencyCode } }`,
    );
    expect(microsoft).toMatchObject({
      certainty: "REPORTED",
      date: { text: "2024-03" },
      amount: { amount: "650000000", currencyCode: "USD" },
    });
    expect(microsoft.participants).toEqual(
      expect.arrayContaining([
        { role: "LICENSEE", entity: { slug: "microsoft" } },
        { role: "LICENSOR", entity: { slug: "inflection-ai" } },
      ]),
    );
    // The article's acquisition stays, with its own claim, disputed by the Straits Times' report.
    const acquisition = await nodeOf(
      "Event",
      "microsoft-acquires-inflection-ai-2024-03",
      `disputed claims { edges { node { ${CLAIM_FIELDS} } } }`,
    );
    expect(acquisition.disputed).toBe(true);
    expect(claimsOf(acquisition.claims).map((c) => [c.source.slug, c.stance])).toEqual(
      expect.arrayContaining([
        ["tech-planet-2024-12-06", "ASSERTS"],
        ["straits-times-2024-03-22-inflection-microsoft", "DISPUTES"],
      ]),
    );
  });

  it("marks the same fact disputed on the drawing edges: neighborhood edges and path steps, with their claim count", async () => {
    const event = await nodeOf("Event", CHARACTER_AI, "disputed claims { totalCount }");
    const google = seededGlobalId("Entity", "google");
    const characterAi = seededGlobalId("Entity", "character-ai");
    const { neighborhood } = await query(
      `query ($id: ID!) { neighborhood(id: $id, depth: 1, first: 50) {
        edges { relationship fromId toId disputed claimCount event { slug } } } }`,
      { id: google },
    );
    type DrawnEdge = {
      relationship: string;
      fromId: string;
      toId: string;
      disputed: boolean;
      claimCount: number;
      event: { slug: string } | null;
    };
    const edges: DrawnEdge[] = neighborhood.edges;
    const acquired = edges.find((e) => e.relationship === "ACQUIRED" && e.toId === characterAi)!;
    expect(acquired).toMatchObject({ disputed: true, claimCount: event.claims.totalCount, event: { slug: CHARACTER_AI } });
    // Participation in the disputed event is drawn disputed too; the licence nobody contests is not.
    const participation = edges.find((e) => e.relationship === "PARTICIPATED_IN" && e.event?.slug === CHARACTER_AI)!;
    expect(participation).toMatchObject({ disputed: true, claimCount: event.claims.totalCount });
    const licensed = edges.find((e) => e.relationship === "LICENSED" && e.toId === characterAi)!;
    expect(licensed.disputed).toBe(false);
    expect(licensed.claimCount).toBeGreaterThanOrEqual(1);
    // Every edge's flag is the Relationship/Event flag of its fact, never a default.
    expect(edges.filter((e) => e.disputed).length).toBeLessThan(edges.length);

    const { howConnected } = await query(
      `query ($from: ID!, $to: ID!) { howConnected(fromId: $from, toId: $to, maxHops: 1) { steps { relationship disputed claimCount } } }`,
      { from: google, to: characterAi },
    );
    const steps = howConnected.flatMap((p: { steps: { relationship: string }[] }) => p.steps);
    expect(steps).toContainEqual({ relationship: "ACQUIRED", disputed: true, claimCount: event.claims.totalCount });
  });

  it("gives a backer pair the claims of the investment, founding and legal action behind it, on both sides of the view", async () => {
    const { entity: person } = await query(
      `{ entity(slug: "yang-zhilin") { ... on Person {
        backers(first: 5) { edges { node { slug } states claims(first: 40) { totalCount edges { node { key factKey stance source { slug } } } } } } } } }`,
    );
    const gsr = person.backers.edges.find((e: { node: { slug: string } }) => e.node.slug === "gsr-ventures");
    expect(gsr.states).toEqual(expect.arrayContaining(["INVESTED", "SUING"]));
    const claims: { factKey: string; stance: string; source: { slug: string } }[] = gsr.claims.edges.map((e: any) => e.node);
    const facts = new Set(claims.map((c) => c.factKey));
    expect(facts).toContain(`event:${ARBITRATION}`);
    expect([...facts].some((k) => k.startsWith("rel:INVESTED_IN|gsr-ventures|recurrent-ai"))).toBe(true);
    expect([...facts].some((k) => k.startsWith("rel:FOUNDED|yang-zhilin|recurrent-ai"))).toBe(true);
    // The founders' side of the legal action is among them, so a reader of the pair sees it is contested.
    expect(claims).toContainEqual(expect.objectContaining({ stance: "DENIES", factKey: `event:${ARBITRATION}` }));
    const arbitration = await nodeOf("Event", ARBITRATION, "claims { totalCount }");
    expect(claims.filter((c) => c.factKey === `event:${ARBITRATION}`).length).toBe(arbitration.claims.totalCount);
    expect(gsr.claims.totalCount).toBe(claims.length);

    const investor = await nodeOf(
      "Organization",
      "gsr-ventures",
      "founderRelations(first: 5) { edges { node { slug } claims(first: 40) { edges { node { key } } } } }",
    );
    const yang = investor.founderRelations.edges.find((e: { node: { slug: string } }) => e.node.slug === "yang-zhilin");
    expect(yang.claims.edges.map((e: any) => e.node.key).sort()).toEqual(gsr.claims.edges.map((e: any) => e.node.key).sort());
  });

  it("pages claims like every other connection", async () => {
    const first = await nodeOf(
      "Event",
      ARBITRATION,
      "claims(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } }",
    );
    expect(first.claims.totalCount).toBeGreaterThan(1);
    expect(first.claims.pageInfo.hasNextPage).toBe(true);
    const next = await nodeOf(
      "Event",
      ARBITRATION,
      `claims(first: 1, after: "${first.claims.pageInfo.endCursor}") { edges { node { key } } }`,
    );
    expect(next.claims.edges[0].node.key > first.claims.edges[0].node.key).toBe(true);
  });

  describe("citations", () => {
    let sources: { slug: string; textStored: boolean; text: string; claims: { edges: { node: ClaimNode }[] } }[];
    beforeAll(async () => {
      sources = await Promise.all(
        SOURCES.map((slug) =>
          nodeOf("Source", slug, `slug textStored text claims(first: 100) { totalCount edges { node { ${CLAIM_FIELDS} } } }`),
        ),
      );
    });

    it("quotes a stored-text source verbatim, and only a stored-text source", async () => {
      for (const source of sources) {
        for (const claim of claimsOf(source.claims)) {
          if (source.textStored) for (const quote of claim.quotes) expect(source.text).toContain(quote);
          else expect(claim.quotes).toEqual([]);
        }
      }
      expect(
        sources
          .filter((s) => s.textStored)
          .flatMap((s) => claimsOf(s.claims))
          .some((c) => c.quotes.length > 0),
      ).toBe(true);
    });

    it("describes a reference source in notes that are no substring of any stored text", async () => {
      const texts = sources.filter((s) => s.textStored).map((s) => s.text);
      const notes = sources.filter((s) => !s.textStored).flatMap((s) => claimsOf(s.claims).map((c) => c.note));
      expect(notes.length).toBeGreaterThanOrEqual(10);
      for (const note of notes) {
        expect(note).toEqual(expect.any(String));
        for (const text of texts) expect(text.includes(note!)).toBe(false);
      }
    });
  });

  describe("a claim's history", () => {
    const SLUG = "test-claims-history";
    let dir: string;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "claims-history-"));
      const folder = path.join(dir, SLUG);
      fs.mkdirSync(folder);
      fs.writeFileSync(
        path.join(folder, "source.json"),
        JSON.stringify({
          slug: SLUG,
          title: "A test report",
          publisher: "Test desk",
          publishedAt: "2025-03-01",
          language: "en",
          kind: "NEWS_ARTICLE",
          url: "https://example.org/report",
        }),
      );
      fs.writeFileSync(
        path.join(folder, "facts.json"),
        JSON.stringify({
          entities: [],
          claims: [
            {
              metric: VALUATION,
              stance: "ASSERTS",
              status: "SUPERSEDED",
              certainty: "CONFIRMED",
              date: "2024-11-20",
              value: 9e9,
              citations: [{ note: "An earlier figure of this test report, replaced later." }],
            },
            {
              event: CHARACTER_AI,
              stance: "ASSERTS",
              status: "RETRACTED",
              certainty: "CONFIRMED",
              date: "2024-08-01",
              valuation: { value: 1e9, currency: "USD" },
              citations: [{ note: "A figure this test report withdrew." }],
            },
          ],
        }),
      );
      await loadSeedRoot(t.db, dir);
    });
    afterAll(async () => {
      await t.db.runStatement("MATCH (n) WHERE (n:Claim AND n.sourceSlug = $slug) OR (n:Source AND n.slug = $slug) DETACH DELETE n", {
        slug: SLUG,
      });
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("shows superseded and retracted claims with their status, and does not count them", async () => {
      const metric = await nodeOf("Metric", VALUATION, `value qualifier claims(first: 20) { edges { node { ${CLAIM_FIELDS} } } }`);
      expect(claimsOf(metric.claims)).toContainEqual(
        expect.objectContaining({ status: "SUPERSEDED", value: 9e9, source: expect.objectContaining({ slug: SLUG }) }),
      );
      expect(metric).toMatchObject({ value: 3e9, qualifier: "MORE_THAN" }); // a CONFIRMED, day-precise claim would win were it ACTIVE
      const event = await nodeOf(
        "Event",
        CHARACTER_AI,
        `... on Acquisition { valuation { amount } } claims(first: 20) { edges { node { ${CLAIM_FIELDS} } } }`,
      );
      expect(claimsOf(event.claims)).toContainEqual(
        expect.objectContaining({ status: "RETRACTED", source: expect.objectContaining({ slug: SLUG }) }),
      );
      expect(event.valuation.amount).toBe("2500000000");
    });
  });

  describe("order independence", () => {
    /**
     * Every node and relationship with all its properties, in a stable order; not the audit trail, which
     * records the loads in the order they ran (and when).
     */
    async function exportGraph(): Promise<string> {
      const nodes = await t.db.runStatement(
        "MATCH (n) WHERE NOT n:Change AND NOT n:ChangeCounter RETURN labels(n) AS labels, properties(n) AS props",
        {},
        "READ",
      );
      const rels = await t.db.runStatement(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.slug, a.key, a.entitySlug + '/' + a.normalized) AS from, coalesce(b.slug, b.key) AS to, properties(r) AS props",
        {},
        "READ",
      );
      const lines = [
        ...nodes.map((n) => JSON.stringify([[...(n.labels as string[])].sort(), sorted(n.props)])),
        ...rels.map((r) => JSON.stringify([r.type, r.from, r.to, sorted(r.props)])),
      ];
      return lines.sort().join("\n");
    }
    const sorted = (props: unknown) =>
      Object.fromEntries(
        Object.entries(props as Record<string, unknown>)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, String(v)]),
      );
    const wipe = () => t.db.runStatement("MATCH (n) DETACH DELETE n");

    afterAll(async () => {
      // Leave the graph as the run's set-up loaded it.
      await wipe();
      await loadSeedRoot(t.db, SEEDS_DIR);
    }, 120_000);

    it("gives the same graph whatever order the folders are loaded in, in one run or one folder per run", async () => {
      const folders = listSeedFolders(SEEDS_DIR);
      const named = (slug: string) => folders.find((f) => path.basename(f) === slug)!;
      await wipe();
      await loadSeeds(t.db, folders);
      const canonical = await exportGraph();
      expect(canonical).toContain("Claim");

      await wipe();
      await loadSeeds(t.db, [...folders].reverse());
      expect(await exportGraph()).toEqual(canonical);

      // One folder per run, in an order where a claim arrives before the fact it is about (TechNode's figure
      // before the SCMP's metric), a denial before the supporting reports, and the editorial file first: its
      // declarations and aliases of the article's entities must not win by arriving first (docs/claims.md).
      await wipe();
      for (const slug of [
        "editorial-aliases",
        "tech-planet-2024-12-06",
        "straits-times-2024-03-22-inflection-microsoft",
        "technode-2025-moonshot-arbitration-advances",
        "yicai-2024-11-11-moonshot-arbitration-lawyer",
        "calcalist-2025-05-25-character-ai-google-doj",
        "bloomberg-2024-08-02-character-ai-google",
        "scmp-2024-12-moonshot-arbitration",
      ])
        await loadSeeds(t.db, [named(slug)]);
      const separate = await exportGraph();
      expect(separate).toEqual(canonical);
    }, 300_000); // nine loads on a shared 2-core machine
  });
});
