import { createHash } from "node:crypto";
import { generateSyntheticGraph, investorCap, SyntheticDataset } from "../../bench/synthetic/generator";

const digest = (dataset: SyntheticDataset) => createHash("sha256").update(JSON.stringify(dataset)).digest("hex");

/** Funding rounds, and how many of them each investor joined (ascending). */
function fundingRounds(dataset: SyntheticDataset): { rounds: number; sizes: number[] } {
  const portfolio = new Map<string, number>();
  let rounds = 0;
  for (const folder of dataset.folders) {
    for (const event of folder.facts.events as { type: string; participants: { entity: string; role: string }[] }[]) {
      if (event.type !== "FUNDING_ROUND") continue;
      rounds++;
      for (const p of event.participants) if (p.role === "INVESTOR") portfolio.set(p.entity, (portfolio.get(p.entity) ?? 0) + 1);
    }
  }
  return { rounds, sizes: [...portfolio.values()].sort((a, b) => a - b) };
}

describe("synthetic graph generator (bench/synthetic)", () => {
  it("produces byte-identical seed folders and samples for the same seed", () => {
    const a = generateSyntheticGraph({ entities: 3000, seed: 7, perFolder: 1000 });
    const b = generateSyntheticGraph({ entities: 3000, seed: 7, perFolder: 1000 });
    expect(digest(a)).toBe(digest(b));
  });

  it("produces a different graph for a different seed", () => {
    const a = generateSyntheticGraph({ entities: 3000, seed: 7, perFolder: 1000 });
    const b = generateSyntheticGraph({ entities: 3000, seed: 8, perFolder: 1000 });
    expect(digest(a)).not.toBe(digest(b));
  });

  it("only references entities declared in the same or an earlier folder, and cites sentences of the folder's text", () => {
    const { folders } = generateSyntheticGraph({ entities: 3000, seed: 7, perFolder: 1000 });
    expect(folders).toHaveLength(3);
    const declared = new Set<string>();
    for (const folder of folders) {
      const facts = folder.facts as {
        entities: { slug: string }[];
        relationships: { from: string; to: string }[];
        events: { participants: { entity: string }[] }[];
        metrics: { subject: string }[];
      };
      for (const e of facts.entities) declared.add(e.slug);
      const references = [
        ...facts.relationships.flatMap((r) => [r.from, r.to]),
        ...facts.events.flatMap((e) => e.participants.map((p) => p.entity)),
        ...facts.metrics.map((m) => m.subject),
      ];
      expect(references.filter((slug) => !declared.has(slug))).toEqual([]);
      const quotes = JSON.stringify(folder.facts).match(/"quote":"[^"]*"/g) ?? [];
      const missing = quotes.map((q) => q.slice(9, -1)).filter((quote) => !folder.text.includes(quote));
      expect(missing).toEqual([]);
    }
  });

  it("skews investments: the largest portfolio is far above the median one", () => {
    const { sizes } = fundingRounds(generateSyntheticGraph({ entities: 10000, seed: 42 }));
    expect(sizes[sizes.length - 1]).toBeGreaterThan(20 * sizes[Math.floor(sizes.length / 2)]);
  });

  it("caps hub degree: no investor joins more than the hub share of the rounds, which uncapped Zipf draws exceed", () => {
    const capped = fundingRounds(generateSyntheticGraph({ entities: 40000, seed: 42 }));
    const largest = capped.sizes[capped.sizes.length - 1];
    expect(largest).toBeLessThanOrEqual(investorCap(0.05, 10000));
    expect(largest / capped.rounds).toBeLessThan(0.055);
    expect(largest).toBeGreaterThan(20 * capped.sizes[Math.floor(capped.sizes.length / 2)]);
    const uncapped = fundingRounds(generateSyntheticGraph({ entities: 40000, seed: 42, hubShare: 1 }));
    expect(uncapped.sizes[uncapped.sizes.length - 1] / uncapped.rounds).toBeGreaterThan(0.1);
  });

  it("offers the largest portfolios as hub samples, largest first", () => {
    const dataset = generateSyntheticGraph({ entities: 10000, seed: 42 });
    const { sizes } = fundingRounds(dataset);
    expect(dataset.samples.hubInvestors).toHaveLength(10);
    expect(dataset.samples.investors.length).toBeGreaterThan(0);
    const portfolio = (slug: string) =>
      dataset.folders
        .flatMap((f) => f.facts.events as { type: string; participants: { entity: string; role: string }[] }[])
        .filter((e) => e.type === "FUNDING_ROUND" && e.participants.some((p) => p.entity === slug && p.role === "INVESTOR")).length;
    expect(portfolio(dataset.samples.hubInvestors[0])).toBeGreaterThanOrEqual(sizes[sizes.length - 10]);
  });
});
