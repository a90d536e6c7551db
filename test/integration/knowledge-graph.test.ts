import * as fs from "node:fs";
import * as path from "node:path";
import { seededGlobalId } from "../../src/common/global-id";
import { SEEDS_DIR } from "../../src/seed/seeds-dir";
import { dataOf, startTestApi, TestApi } from "../helpers/api";

// The central facts of the first source (Tech Planet, 2024-12-06), asked the way a client would:
// through GraphQL over HTTP, against the seeded Neo4j. Slugs and values: seeds/*/facts.json, COVERAGE.md.

const ARTICLE = "tech-planet-2024-12-06";

interface Citation {
  quote: string;
  source: { slug: string };
}
interface Participant {
  role: string;
  entity: { slug: string };
}

describe("the knowledge graph of the Tech Planet article, through GraphQL", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => t?.close());

  const query = <T extends Record<string, any> = any>(text: string, variables?: Record<string, unknown>) => dataOf<T>(t, text, variables);

  const participantsOf = (participants: Participant[], role: string) =>
    participants
      .filter((p) => p.role === role)
      .map((p) => p.entity.slug)
      .sort();

  describe("the arbitration against Moonshot AI's founders", () => {
    const ARBITRATION = `query ($participant: ID) {
      events(filter: { types: [LEGAL_ACTION], participantId: $participant }) {
        totalCount
        edges { node { slug type title certainty date { text precision start end }
          ... on LegalAction { legalKind }
          participants { role entity { slug } }
          citations { quote source { slug } } } }
      }
    }`;

    it("is a LEGAL_ACTION event of kind ARBITRATION dated November 2024 (month precision)", async () => {
      const { events } = await query(ARBITRATION);
      const arbitration = events.edges
        .map((e: any) => e.node)
        .find((n: any) => n.slug === "gsr-ventures-arbitration-against-moonshot-founders-2024-11");
      expect(arbitration).toMatchObject({
        type: "LEGAL_ACTION",
        legalKind: "ARBITRATION",
        date: { text: "2024-11", precision: "MONTH", start: "2024-11-01", end: "2024-11-30" },
      });
      expect(arbitration.citations.some((c: Citation) => c.quote.includes("went to arbitration"))).toBe(true);
    });

    it("has the investors of Recurrent AI, GSR Ventures among them, as claimants and Yang Zhilin and Zhang Yutao as respondents", async () => {
      const { events } = await query(ARBITRATION, { participant: seededGlobalId("Entity", "yang-zhilin") });
      // The arbitration, and a later step of it reported by TechNode (seeds/technode-2025-moonshot-arbitration-advances).
      expect(events.edges.map((e: any) => e.node.slug).sort()).toEqual([
        "gsr-ventures-arbitration-against-moonshot-founders-2024-11",
        "moonshot-arbitration-fees-paid-2025",
      ]);
      const { participants } = events.edges.find(
        (e: any) => e.node.slug === "gsr-ventures-arbitration-against-moonshot-founders-2024-11",
      ).node;
      expect(participantsOf(participants, "CLAIMANT")).toEqual(["gsr-ventures", "recurrent-ai-investors"]);
      expect(participantsOf(participants, "RESPONDENT")).toEqual(["yang-zhilin", "zhang-yutao"]);
      expect(participantsOf(participants, "SUBJECT")).toEqual(expect.arrayContaining(["moonshot-ai", "recurrent-ai"]));
    });

    it("shows on Yang Zhilin's legal actions as respondent, facing GSR Ventures and the Recurrent AI investors", async () => {
      const { entity } = await query(`{
        entity(slug: "yang-zhilin") { ... on Person {
          legalActions { totalCount edges { role legalKind relationship date { text } node { slug } event { slug } citations { quote } } }
        } }
      }`);
      // Only the arbitration's edges: the later fee-payment step (TechNode) is a legal action of its own.
      const edges = entity.legalActions.edges.filter((e: any) => e.event.slug !== "moonshot-arbitration-fees-paid-2025");
      expect(entity.legalActions.edges.length).toBe(edges.length + 1);
      expect(edges.map((e: any) => e.node.slug).sort()).toEqual(["gsr-ventures", "recurrent-ai-investors"]);
      for (const edge of edges) {
        expect(edge).toMatchObject({
          role: "RESPONDENT",
          legalKind: "ARBITRATION",
          relationship: "SUED",
          date: { text: "2024-11" },
          event: { slug: "gsr-ventures-arbitration-against-moonshot-founders-2024-11" },
        });
        expect(edge.citations.length).toBeGreaterThan(0);
      }
    });

    it("shows on GSR Ventures' legal actions as claimant against both founders", async () => {
      const { entity } = await query(`{
        entity(slug: "gsr-ventures") { ... on Organization { legalActions { edges { role legalKind node { slug } } } } }
      }`);
      const edges = entity.legalActions.edges;
      expect(edges.map((e: any) => e.node.slug).sort()).toEqual(["yang-zhilin", "zhang-yutao"]);
      expect(edges.every((e: any) => e.role === "CLAIMANT" && e.legalKind === "ARBITRATION")).toBe(true);
    });

    it("was revealed by Zhu Xiaohu, managing partner of GSR Ventures, on 2024-12-05", async () => {
      const { entity } = await query(`{
        entity(slug: "zhu-xiaohu") { ... on Person {
          roles { edges { title relationship node { slug } from { text } } }
          events(types: [STATEMENT]) { edges { roles node { slug date { text precision } } } }
        } }
      }`);
      expect(entity.roles.edges).toContainEqual(
        expect.objectContaining({ title: "Managing Partner", relationship: "WORKS_AT", node: { slug: "gsr-ventures" } }),
      );
      expect(entity.events.edges).toContainEqual({
        roles: ["SPEAKER"],
        node: { slug: "zhu-xiaohu-moments-posts-2024-12-05", date: { text: "2024-12-05", precision: "DAY" } },
      });
    });
  });

  describe("the investor-founder view", () => {
    it("lists GSR Ventures among Yang Zhilin's backers as both invested and suing, through Recurrent AI", async () => {
      const { entity } = await query(`{
        entity(slug: "yang-zhilin") { ... on Person {
          backers { totalCount edges { states node { slug } companies { slug } citations { quote source { slug } } } }
        } }
      }`);
      const gsr = entity.backers.edges.find((e: any) => e.node.slug === "gsr-ventures");
      expect(gsr).toBeDefined();
      expect([...gsr.states].sort()).toEqual(["INVESTED", "SUING"]);
      expect(gsr.companies.map((c: any) => c.slug)).toEqual(["recurrent-ai"]);
      expect(gsr.citations.length).toBeGreaterThanOrEqual(2);
      const investors = entity.backers.edges.find((e: any) => e.node.slug === "recurrent-ai-investors");
      expect([...investors.states].sort()).toEqual(["INVESTED", "SUING"]);
    });

    it("lists Yang Zhilin and Zhang Yutao in GSR Ventures' founder relations, invested and suing", async () => {
      const { entity } = await query(`{
        entity(slug: "gsr-ventures") { ... on Organization {
          backedFounders { totalCount edges { states node { slug } companies { slug } citations { quote } } }
        } }
      }`);
      const relations = entity.backedFounders;
      expect(relations.edges.map((e: any) => e.node.slug).sort()).toEqual(["yang-zhilin", "zhang-yutao"]);
      expect(relations.totalCount).toBe(2);
      for (const edge of relations.edges) {
        expect([...edge.states].sort()).toEqual(["INVESTED", "SUING"]);
        expect(edge.companies.map((c: any) => c.slug)).toEqual(["recurrent-ai"]);
        expect(edge.citations.length).toBeGreaterThan(0);
      }
    });
  });

  describe("OPPO and Waveform Intelligence", () => {
    it("returns OPPO as the acquirer of Waveform Intelligence with the month-precision date 2024-10", async () => {
      const { entity } = await query(`{
        entity(slug: "waveform-intelligence") { ... on Organization {
          acquiredBy { totalCount edges { node { slug name } date { text precision start end } certainty citations { quote source { slug } }
            event { slug type ... on Acquisition { participants { role entity { slug } } } } } }
        } }
      }`);
      expect(entity.acquiredBy.totalCount).toBe(1);
      const [edge] = entity.acquiredBy.edges;
      expect(edge).toMatchObject({
        node: { slug: "oppo" },
        date: { text: "2024-10", precision: "MONTH", start: "2024-10-01", end: "2024-10-31" },
        certainty: "CONFIRMED",
        event: { slug: "oppo-acquires-waveform-intelligence-2024-10", type: "ACQUISITION" },
      });
      expect(participantsOf(edge.event.participants, "ACQUIRER")).toEqual(["oppo"]);
      expect(participantsOf(edge.event.participants, "TARGET")).toEqual(["waveform-intelligence"]);
      expect(edge.citations).toContainEqual(expect.objectContaining({ source: { slug: ARTICLE } }));
      expect(edge.citations.some((c: Citation) => c.quote.includes("acquired by smartphone manufacturer OPPO"))).toBe(true);
    });

    it("lists Waveform Intelligence in OPPO's acquisitions", async () => {
      const { entity } = await query(
        `{ entity(slug: "oppo") { ... on Organization { acquisitions { edges { node { slug } date { text } } } } } }`,
      );
      expect(entity.acquisitions.edges).toEqual([{ node: { slug: "waveform-intelligence" }, date: { text: "2024-10" } }]);
    });

    it("finds the acquisition on the timeline of October 2024", async () => {
      const { events } = await query(`{
        events(filter: { types: [ACQUISITION], from: "2024-10-01", to: "2024-10-31" }) { edges { node { slug } } }
      }`);
      expect(events.edges.map((e: any) => e.node.slug)).toEqual(["oppo-acquires-waveform-intelligence-2024-10"]);
    });
  });

  describe("the May 2024 price war", () => {
    it("has one inference price cut per vendor: Volcano Engine, Alibaba Cloud, Baidu AI Cloud, Tencent Cloud, iFlytek (the 90% is the group's, see seed-corrections)", async () => {
      const { events } = await query(`{
        events(filter: { types: [PRICE_CHANGE] }, first: 100) {
          totalCount
          edges { node { slug date { text precision } certainty citations { quote }
            ... on PriceChange { percentage }
            participants { role entity { slug } } } }
        }
      }`);
      const may = events.edges.map((e: any) => e.node).filter((n: any) => n.date.text === "2024-05");
      const vendors = may.map((n: any) => participantsOf(n.participants, "VENDOR"));
      expect(vendors.every((v: string[]) => v.length === 1)).toBe(true);
      expect(vendors.map((v: string[]) => v[0]).sort()).toEqual([
        "alibaba-cloud",
        "baidu-ai-cloud",
        "iflytek",
        "tencent-cloud",
        "volcano-engine",
      ]);
      for (const cut of may) {
        expect(cut).toMatchObject({ percentage: null, date: { precision: "MONTH" } });
        expect(cut.citations.length).toBeGreaterThan(0);
      }
    });

    it("links Volcano Engine to ByteDance, its parent", async () => {
      const { entity } = await query(
        `{ entity(slug: "volcano-engine") { ... on Organization { parents { edges { node { slug } relationship } } } } }`,
      );
      expect(entity.parents.edges).toEqual([{ node: { slug: "bytedance" }, relationship: "SUBSIDIARY_OF" }]);
    });
  });

  describe("talent moves", () => {
    it.each([
      ["qin-yujia", "xuzhi-technology"],
      ["huang-wenhao", "01-ai"],
    ])("moves %s from %s to ByteDance in the second half of 2024", async (person, left) => {
      const { entity } = await query(
        `query ($slug: String!) { entity(slug: $slug) { ... on Person {
          moves { totalCount edges { node { slug } left { slug } jobTitle date { text precision start end } citations { quote }
            event { type participants { role entity { slug } } } } }
        } } }`,
        { slug: person },
      );
      expect(entity.moves.totalCount).toBe(1);
      const [move] = entity.moves.edges;
      expect(move).toMatchObject({
        node: { slug: "bytedance" },
        left: { slug: left },
        date: { text: "2024-H2", precision: "HALF_YEAR", start: "2024-07-01", end: "2024-12-31" },
        event: { type: "TALENT_MOVE" },
      });
      expect(participantsOf(move.event.participants, "PERSON")).toEqual([person]);
      expect(participantsOf(move.event.participants, "FROM")).toEqual([left]);
      expect(participantsOf(move.event.participants, "TO")).toEqual(["bytedance"]);
      expect(move.citations.length).toBeGreaterThan(0);
    });

    it("keeps Huang Wenhao's former role at 01.AI, ended in 2024-H2", async () => {
      const { entity } = await query(
        `{ entity(slug: "huang-wenhao") { ... on Person { roles { edges { jobTitle title node { slug } to { text } } } } } }`,
      );
      expect(entity.roles.edges).toContainEqual({
        jobTitle: "Head of pre-training",
        title: "Head of pre-training",
        node: { slug: "01-ai" },
        to: { text: "2024-H2" },
      });
    });

    it("records the team moves (Waveform Intelligence to OPPO with the role taken, Adept to Amazon) on the timeline", async () => {
      const { events } = await query(`{
        events(filter: { types: [TALENT_MOVE] }) {
          edges { node { slug date { text } ... on TalentMove { jobTitle } participants { role entity { slug } } } }
        }
      }`);
      const moves = new Map(events.edges.map((e: any) => [e.node.slug, e.node]));
      // The article's four, Character.AI's co-founders joining Google (Bloomberg) and Inflection AI's joining
      // Microsoft (The Straits Times), both from reference sources.
      expect(moves.size).toBe(6);
      expect(moves.has("inflection-ai-staff-join-microsoft-2024-03")).toBe(true);
      expect(moves.has("character-ai-founders-join-google-2024-08")).toBe(true);
      const waveform: any = moves.get("waveform-founding-team-joins-oppo-2024-h2");
      expect(waveform).toMatchObject({ date: { text: "2024-H2" }, jobTitle: "Responsible for interactive products" });
      expect(participantsOf(waveform.participants, "FROM")).toEqual(["waveform-intelligence"]);
      expect(participantsOf(waveform.participants, "TO")).toEqual(["oppo"]);
      const adept: any = moves.get("adept-team-joins-amazon-2024-06");
      expect(adept.date.text).toBe("2024-06");
      expect(participantsOf(adept.participants, "FROM")).toEqual(["adept"]);
      expect(participantsOf(adept.participants, "TO")).toEqual(["amazon"]);
    });
  });

  describe("metrics", () => {
    it("gives Doubao's monthly active users: more than 26 million in 2024-05, close to 42 million in 2024-09, per QuestMobile", async () => {
      const { entity } = await query(`{
        entity(slug: "doubao") { metrics(name: "monthlyActiveUsers") {
          name value qualifier unit date { text precision } certainty reportedBy { slug } subject { slug } citations { quote source { slug } }
        } }
      }`);
      expect(entity.metrics).toHaveLength(2);
      expect(entity.metrics.map((m: any) => ({ value: m.value, qualifier: m.qualifier, date: m.date.text }))).toEqual([
        { value: 26_000_000, qualifier: "MORE_THAN", date: "2024-05" },
        { value: 42_000_000, qualifier: "CLOSE_TO", date: "2024-09" },
      ]);
      for (const metric of entity.metrics) {
        expect(metric).toMatchObject({
          name: "monthlyActiveUsers",
          unit: "users",
          reportedBy: { slug: "questmobile" },
          subject: { slug: "doubao" },
        });
        expect(metric.citations[0].source.slug).toBe(ARTICLE);
      }
    });

    it("returns every metric of a subject when no name is given, and none for an unknown name", async () => {
      const { entity } = await query(`{ entity(slug: "openai") { all: metrics { name } none: metrics(name: "noSuchMetric") { name } } }`);
      expect(entity.all.map((m: any) => m.name).sort()).toEqual([
        "annualRevenue",
        "enterpriseSubscribers",
        "individualUsers",
        "projectedLoss",
      ]);
      expect(entity.none).toEqual([]);
    });
  });

  describe("certainty", () => {
    it("marks forecasts and rough estimates ESTIMATED, attributed statements REPORTED, stated facts CONFIRMED", async () => {
      const data = await query(`{
        openai: entity(slug: "openai") { metrics { slug certainty } }
        market: entity(slug: "china-ai-financing-market") { metrics { slug certainty } }
        statements: events(filter: { types: [STATEMENT] }, first: 100) { edges { node { certainty } } }
        acquisition: node(id: "${seededGlobalId("Event", "oppo-acquires-waveform-intelligence-2024-10")}") { ... on Event { certainty } }
      }`);
      const certainty = (metrics: { slug: string; certainty: string }[], slug: string) => metrics.find((m) => m.slug === slug)?.certainty;
      expect(certainty(data.openai.metrics, "openai-projected-loss-2024")).toBe("ESTIMATED");
      expect(certainty(data.market.metrics, "china-ai-average-monthly-financing-2024")).toBe("ESTIMATED");
      expect(certainty(data.market.metrics, "china-ai-financing-cases-2024")).toBe("REPORTED");
      expect(new Set(data.statements.edges.map((e: any) => e.node.certainty))).toEqual(new Set(["REPORTED"]));
      expect(data.acquisition.certainty).toBe("CONFIRMED");
    });
  });

  describe("names", () => {
    it.each(["月之暗面", "Dark Side of the Moon", "dark side of the moon"])(
      "finds Moonshot AI, never a Pink Floyd album, for %s",
      async (text) => {
        const { search } = await query(`query ($q: String!) { search(query: $q) { matched entity { slug name description } } }`, {
          q: text,
        });
        expect(search[0].entity.slug).toBe("moonshot-ai");
        for (const hit of search) {
          expect(hit.entity.name).not.toMatch(/pink floyd/i);
          expect(hit.entity.slug).not.toMatch(/pink-floyd|album/);
        }
      },
    );

    it("knows Moonshot AI by its Chinese and English aliases", async () => {
      const { entity } = await query(`{ entity(slug: "moonshot-ai") { name aliases { name language } } }`);
      expect(entity.name).toBe("Moonshot AI");
      expect(entity.aliases).toEqual(
        expect.arrayContaining([
          { name: "月之暗面", language: "zh" },
          { name: "Dark Side of the Moon", language: "en" },
        ]),
      );
    });
  });

  describe("provenance", () => {
    const CITED = `query ($slug: String!) {
      entity(slug: $slug) {
        __typename
        citations { quote }
        metrics { slug citations { quote } }
        events(first: 100) { edges { node { slug citations { quote } } } }
        ... on Organization {
          investors(first: 100) { edges { citations { quote } } }
          portfolio(first: 100) { edges { citations { quote } } }
          people(first: 100) { edges { citations { quote } } }
          acquisitions(first: 100) { edges { citations { quote } } }
          acquiredBy(first: 100) { edges { citations { quote } } }
          legalActions(first: 100) { edges { citations { quote } } }
          products(first: 100) { edges { citations { quote } } }
          parents(first: 100) { edges { citations { quote } } }
          subsidiaries(first: 100) { edges { citations { quote } } }
          positioning(first: 100) { edges { citations { quote } } }
        }
        ... on Person {
          roles(first: 100) { edges { citations { quote } } }
          moves(first: 100) { edges { citations { quote } } }
          legalActions(first: 100) { edges { citations { quote } } }
        }
        ... on Product { owners(first: 100) { edges { citations { quote } } } }
      }
    }`;

    // A fact from a reference source (issue 14) has no verbatim quote: its evidence is a claim with a note in our own
    // words and the source's URL. So a fact counts as cited by a non-empty quote or, when it has none, by such a note
    // (looked up for the uncited facts only: asking every fact's claims in one request would exceed the cost limit).
    const OWNER: Record<string, string> = {
      investors: "Organization",
      portfolio: "Organization",
      people: "Organization",
      acquisitions: "Organization",
      acquiredBy: "Organization",
      products: "Organization",
      parents: "Organization",
      subsidiaries: "Organization",
      positioning: "Organization",
      roles: "Person",
      moves: "Person",
      owners: "Product",
    };
    const NOTES = "claims(first: 1) { edges { node { note } } }";
    async function notedByClaim(path: string, referenced: Set<string>, type: string): Promise<boolean> {
      const [slug, connection, index] = [path.split(".")[0], path.split(".")[1]?.replace(/\[.*$/, ""), Number(/\[(\d+)\]/.exec(path)?.[1])];
      if (connection === undefined) return referenced.has(`entity:${slug}`); // the entity's own citations
      const selection =
        connection === "metrics"
          ? `metrics { ${NOTES} }`
          : connection === "events"
            ? `events(first: 100) { edges { node { ${NOTES} } } }`
            : `... on ${connection === "legalActions" ? type : OWNER[connection]} { ${connection}(first: 100) { edges { ${NOTES} } } }`;
      const { entity } = await query(`query ($slug: String!) { entity(slug: $slug) { ${selection} } }`, { slug });
      const items = connection === "metrics" ? entity.metrics : entity[connection].edges.map((e: any) => e.node ?? e);
      return items[index].claims.edges.some((e: any) => e.node.note?.trim());
    }

    it("gives every relationship, event and metric of every entity at least one non-empty citation or reference note", async () => {
      const referenced = new Set<string>();
      for (const slug of [
        "scmp-2024-12-moonshot-arbitration",
        "yicai-2024-11-11-moonshot-arbitration-lawyer",
        "technode-2025-moonshot-arbitration-advances",
        "bloomberg-2024-08-02-character-ai-google",
        "calcalist-2025-05-25-character-ai-google-doj",
        "straits-times-2024-03-22-inflection-microsoft",
      ]) {
        const { node } = await query(
          `{ node(id: "${seededGlobalId("Source", slug)}") { ... on Source { textStored claims(first: 100) { edges { node { factKey note } } } } } }`,
        );
        expect(node.textStored).toBe(false);
        for (const e of node.claims.edges) if (e.node.note?.trim()) referenced.add(e.node.factKey);
      }
      const slugs: string[] = [];
      for (const list of ["organizations", "people", "products"]) {
        const data = await query(`{ ${list}(first: 100) { totalCount edges { node { slug } } } }`);
        expect(data[list].totalCount).toBeLessThanOrEqual(100);
        slugs.push(...data[list].edges.map((e: any) => e.node.slug));
      }
      expect(slugs.length).toBeGreaterThan(40);
      const uncited: string[] = [];
      let checked = 0;
      const visit = (value: unknown, path: string) => {
        if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
        if (value === null || typeof value !== "object") return;
        for (const [key, child] of Object.entries(value)) {
          if (key === "citations") {
            checked++;
            const quotes = child as { quote: string }[];
            if (quotes.length === 0 || quotes.some((c) => c.quote.trim() === "")) uncited.push(path);
          } else visit(child, `${path}.${key}`);
        }
      };
      const types = new Map<string, string>();
      for (const slug of slugs) {
        const { entity } = await query(CITED, { slug });
        types.set(slug, entity.__typename);
        visit(entity, slug);
      }
      const unnoted: string[] = [];
      for (const path of uncited) if (!(await notedByClaim(path, referenced, types.get(path.split(".")[0])!))) unnoted.push(path);
      expect(uncited.length).toBeGreaterThan(0); // the reference sources' facts, checked through their claims
      expect(unnoted).toEqual([]);
      expect(checked).toBeGreaterThan(150);
    }, 180_000); // one request per entity: slow on a loaded machine

    it("gives every event on the timeline at least one citation or reference note", async () => {
      const { events } = await query(
        `{ events(first: 100) { totalCount edges { node { slug citations { quote source { slug } } claims(first: 1) { edges { node { note } } } } } } }`,
      );
      expect(events.totalCount).toBe(events.edges.length);
      const noted = (e: any) => e.node.claims.edges.some((c: any) => c.node.note?.trim());
      expect(events.edges.filter((e: any) => e.node.citations.length === 0 && !noted(e)).map((e: any) => e.node.slug)).toEqual([]);
    });
  });

  describe("the coverage tables (seeds/*/COVERAGE.md)", () => {
    /** Backticked words of the tables that are not slugs (languages, field names). */
    const NOT_SLUGS = new Set(["en", "name"]);
    const folders = ["tech-planet-2024-12-06", "editorial-aliases"];
    const coverage = (folder: string) => fs.readFileSync(path.join(SEEDS_DIR, folder, "COVERAGE.md"), "utf8");
    const code = (text: string) => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);

    it.each(folders)("%s: every slug it names is an entity, event or metric of the graph", async (folder) => {
      const slugs = [
        ...new Set(code(coverage(folder)).filter((c) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(c) && !/^\d+$/.test(c) && !NOT_SLUGS.has(c))),
      ];
      expect(slugs.length).toBeGreaterThan(20);
      const missing: string[] = [];
      // nodes takes at most 100 ids: 33 slugs, each tried as an entity, an event and a metric.
      for (let i = 0; i < slugs.length; i += 33) {
        const batch = slugs.slice(i, i + 33);
        const ids = batch.flatMap((slug) => (["Entity", "Event", "Metric"] as const).map((kind) => seededGlobalId(kind, slug)));
        const { nodes } = await query(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
        missing.push(...batch.filter((_, j) => nodes.slice(j * 3, j * 3 + 3).every((n: unknown) => n === null)));
      }
      expect(missing).toEqual([]);
    });

    it.each(folders)("%s: every relationship it names (a -> b) is stored", async (folder) => {
      const pairs = code(coverage(folder))
        .filter((c) => /^[a-z0-9-]+ -> [a-z0-9-]+$/.test(c))
        .map((c) => c.split(" -> "));
      expect(pairs.length).toBeGreaterThan(3);
      const rows = await t.db.runStatement(
        `UNWIND $pairs AS pair
         OPTIONAL MATCH (:Entity {slug: pair[0]})-[r]->(:Entity {slug: pair[1]})
         WITH pair, count(r) AS found WHERE found = 0
         RETURN pair[0] + ' -> ' + pair[1] AS missing`,
        { pairs },
        "READ",
      );
      expect(rows.map((r) => r.missing)).toEqual([]);
    });

    it.each(folders)("%s: names every entity, event and metric of its facts.json", (folder) => {
      type Facts = { entities: { slug: string }[]; events: { slug: string }[]; metrics: { slug: string }[] };
      const facts = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, folder, "facts.json"), "utf8")) as Facts;
      const named = new Set(code(coverage(folder)).flatMap((c) => c.split(/ -> |\|/)));
      const unlisted = [...facts.entities, ...facts.events, ...facts.metrics].map((r) => r.slug).filter((slug) => !named.has(slug));
      expect(unlisted).toEqual([]);
    });
  });
});
