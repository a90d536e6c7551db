import { createHash } from "node:crypto";
import { generateSyntheticGraph, SyntheticDataset } from "../../bench/synthetic/generator";

const digest = (dataset: SyntheticDataset) => createHash("sha256").update(JSON.stringify(dataset)).digest("hex");

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
    const { folders } = generateSyntheticGraph({ entities: 10000, seed: 42 });
    const portfolio = new Map<string, number>();
    for (const folder of folders) {
      for (const event of folder.facts.events as { type: string; participants: { entity: string; role: string }[] }[]) {
        if (event.type !== "FUNDING_ROUND") continue;
        for (const p of event.participants) if (p.role === "INVESTOR") portfolio.set(p.entity, (portfolio.get(p.entity) ?? 0) + 1);
      }
    }
    const sizes = [...portfolio.values()].sort((a, b) => a - b);
    expect(sizes[sizes.length - 1]).toBeGreaterThan(20 * sizes[Math.floor(sizes.length / 2)]);
  });
});
