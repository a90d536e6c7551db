import "reflect-metadata";
import * as fs from "node:fs";
import * as path from "node:path";
import { seededGlobalId } from "../../src/common/global-id";
import { listSeedFolders } from "../../src/seed/seed.reader";
import { SEEDS_DIR } from "../../src/seed/seeds-dir";
import { expectNoErrors, startTestApi, TestApi } from "../helpers/api";

interface CitationRow {
  kind: "node" | "relationship" | "alias";
  labels: string[];
  owner: string;
  sources: string[];
  quotes: string[];
  /** Whether a reference source's claim on the fact carries a note. */
  noted: boolean;
}

/** Every stored-text source folder's slug and text as committed in seeds/ (reference sources have none). */
function seedTexts(): Map<string, string> {
  return new Map(
    listSeedFolders(SEEDS_DIR).flatMap((dir) => {
      const meta = JSON.parse(fs.readFileSync(path.join(dir, "source.json"), "utf8")) as { slug: string; textFile?: string };
      return meta.textFile ? [[meta.slug, fs.readFileSync(path.join(dir, meta.textFile), "utf8")] as [string, string]] : [];
    }),
  );
}

describe("citations are verbatim parts of their sources", () => {
  let t: TestApi;
  /** Source texts as the API serves them (Source.text), by slug. */
  const texts = new Map<string, string>();
  let rows: CitationRow[];

  beforeAll(async () => {
    t = await startTestApi();
    const slugs = [...seedTexts().keys()];
    const res = await t.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Source { slug kind text } } }`, {
      ids: slugs.map((slug) => seededGlobalId("Source", slug)),
    });
    expectNoErrors(res);
    for (const source of res.data!.nodes) if (source) texts.set(source.slug, source.text);
    rows = await t.db.read<CitationRow>("list-citations");
  });
  afterAll(async () => t?.close());

  it("serves each seed source's full text unchanged through Source.text", () => {
    const committed = seedTexts();
    expect([...texts.keys()].sort()).toEqual([...committed.keys()].sort());
    for (const [slug, text] of committed) expect(texts.get(slug)).toBe(text);
  });

  it("finds every quote of every entity, event, metric, relationship and alias verbatim in its source's text", () => {
    expect(rows.length).toBeGreaterThan(120);
    const problems: string[] = [];
    let quotes = 0;
    for (const row of rows) {
      if (row.sources.length !== row.quotes.length)
        problems.push(`${row.owner}: ${row.sources.length} sources but ${row.quotes.length} quotes`);
      row.quotes.forEach((quote, i) => {
        quotes++;
        const text = texts.get(row.sources[i]);
        if (text === undefined) problems.push(`${row.owner}: cites unknown source ${row.sources[i]}`);
        else if (quote.trim() === "" || !text.includes(quote)) problems.push(`${row.owner}: not verbatim in ${row.sources[i]}: "${quote}"`);
      });
    }
    expect(problems).toEqual([]);
    expect(quotes).toBeGreaterThan(200);
  });

  it("gives every entity, event, metric and relationship between entities at least one citation (a quote, or a reference source's note)", () => {
    // A fact only reference sources report has no quote: its claims carry notes in our own words (claims.test.ts checks them).
    const uncited = rows
      .filter((r) => r.kind !== "alias" && r.quotes.length === 0 && !r.noted)
      .map((r) => `${r.labels.join(":")} ${r.owner}`);
    expect(rows.some((r) => r.quotes.length === 0 && r.noted)).toBe(true);
    expect(uncited).toEqual([]);
    const kinds = new Set(rows.flatMap((r) => r.labels));
    for (const label of [
      "Entity",
      "Event",
      "Metric",
      "FOUNDED",
      "WORKS_AT",
      "INVESTED_IN",
      "ACQUIRED",
      "SUED",
      "JOINED",
      "OWNS",
      "SUBSIDIARY_OF",
      "LICENSED",
      "POSITIONED_IN",
    ]) {
      expect(kinds).toContain(label);
    }
  });

  it("serves the same quotes through GraphQL citations, each resolving to a source whose text contains it", async () => {
    const res = await t.query(`{
      events(first: 100) { totalCount edges { node { slug citations { quote source { slug } }
        ... on Statement { quote } } } }
    }`);
    expectNoErrors(res);
    const { events } = res.data!;
    expect(events.totalCount).toBe(events.edges.length);
    const problems: string[] = [];
    for (const { node } of events.edges) {
      for (const c of node.citations) if (!texts.get(c.source.slug)?.includes(c.quote)) problems.push(`${node.slug}: "${c.quote}"`);
      // A statement's own words are quoted too: they must stand in one of the sources it cites.
      if (node.quote && !node.citations.some((c: { source: { slug: string } }) => texts.get(c.source.slug)?.includes(node.quote))) {
        problems.push(`${node.slug} quote: "${node.quote}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
