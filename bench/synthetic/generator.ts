import { CappedZipf, Random, Zipf } from "./random";

/**
 * A deterministic synthetic AI-industry graph in the seeds/ format (source.json + facts.json +
 * text.txt per folder), for benchmarks: same options, byte-identical output, no network.
 *
 * Shape (fractions of `entities`): 0.5% big-tech hubs, 5% investors, 25% start-ups, 50% people,
 * the rest products. Skew comes from Zipf draws: investors join funding rounds with probability
 * ~ 1/rank (a few large portfolios, a long tail of small ones), people work at big tech far more
 * often than at a start-up, big tech owns most products and makes most acquisitions.
 *
 * The graph is split into folders of `perFolder` entities (one synthetic article each), so each
 * folder loads in its own transaction; a relationship, event or metric lives in the folder of its
 * latest-loaded endpoint, so every reference resolves to this folder or an earlier one.
 */
export interface SyntheticOptions {
  /** Number of entities (markets excluded). */
  entities: number;
  /** PRNG seed. Default 42. */
  seed?: number;
  /** Entities per seed folder (one transaction each). Default 2000. */
  perFolder?: number;
  /**
   * Hub cap: no investor joins more than this share of the funding rounds (about 1.2 per start-up),
   * nor fewer than 50 where that share is smaller (small graphs keep their skew). Default 0.05.
   */
  hubShare?: number;
}

export interface SeedFolderData {
  /** Folder name, sorted in load order. */
  name: string;
  source: Record<string, unknown>;
  facts: {
    entities: Record<string, unknown>[];
    relationships: Record<string, unknown>[];
    events: Record<string, unknown>[];
    metrics: Record<string, unknown>[];
  };
  text: string;
}

/** Operands for the benchmark's operations, drawn from the generated graph. */
export interface BenchSamples {
  /** Any entity. */
  entitySlugs: string[];
  /** Start-ups with at least one investor and one founder. */
  organizationsWithInvestors: string[];
  /** Investors with at least one portfolio company (uniform over investors, so mostly small portfolios). */
  investors: string[];
  /** The investors with the largest portfolios (the hubs), largest first. */
  hubInvestors: string[];
  /** Names and aliases (English and Chinese) to search for. */
  searchTexts: string[];
  /** Timeline pages: an event type and a date window. */
  timelineWindows: { types: string[]; from: string; to: string }[];
  /** (founder, company) pairs three hops apart: founder -FOUNDED-> startup <-INVESTED_IN- investor -INVESTED_IN-> company. */
  connectedPairs: { from: string; to: string }[];
}

export interface SyntheticDataset {
  options: Required<SyntheticOptions>;
  folders: SeedFolderData[];
  samples: BenchSamples;
  counts: { entities: number; relationships: number; events: number; participants: number; metrics: number; aliases: number };
}

type EntityType = "ORGANIZATION" | "PERSON" | "PRODUCT";
interface Ent {
  slug: string;
  type: EntityType;
  name: string;
  kinds: string[];
  alias?: { name: string; language: string };
  segment?: string;
  folder: number;
}

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ra",
  "ven",
  "tor",
  "zi",
  "quo",
  "bel",
  "dan",
  "fe",
  "gu",
  "hal",
  "ix",
  "jo",
  "lu",
  "ne",
  "pa",
  "sor",
  "wu",
];
const HANZI = ["云", "智", "深", "光", "星", "月", "海", "山", "风", "火", "天", "元", "启", "明", "华", "新", "极", "量", "子", "言"];
const ORG_SUFFIX: Record<string, string[]> = {
  BIG_TECH: ["Group", "Holdings"],
  INVESTOR: ["Ventures", "Capital", "Partners"],
  STARTUP: ["AI", "Labs", "Intelligence", "Technologies"],
};
const PRODUCT_SUFFIX = ["Chat", "Model", "Cloud", "Assistant", "Studio"];
const PRODUCT_KINDS = ["AI_MODEL", "ASSISTANT", "CLOUD_SERVICE", "APP"];
const ROUNDS = ["Angel", "Pre-A", "Series A", "Series B", "Series C", "Strategic"];
const SEGMENTS = ["TO_B", "TO_C", "DIVERSIFIED"];
const CERTAINTIES = ["CONFIRMED", "CONFIRMED", "REPORTED", "ESTIMATED"];
const SENTENCES_PER_FOLDER = 40;

/** A unique pronounceable code for index i (4 syllables cover 160,000 indexes per prefix). */
function code(i: number, parts = 4): string {
  let out = "";
  for (let p = 0; p < parts; p++) {
    out += SYLLABLES[i % SYLLABLES.length];
    i = Math.floor(i / SYLLABLES.length);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function hanzi(i: number): string {
  let out = "";
  for (let p = 0; p < 4; p++) {
    out += HANZI[i % HANZI.length];
    i = Math.floor(i / HANZI.length);
  }
  return out;
}

/** The most funding rounds one investor joins (see SyntheticOptions.hubShare). */
export const investorCap = (hubShare: number, startups: number) => Math.max(50, Math.ceil(hubShare * 1.2 * startups));

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function generateSyntheticGraph(input: SyntheticOptions): SyntheticDataset {
  const options: Required<SyntheticOptions> = { seed: 42, perFolder: 2000, hubShare: 0.05, ...input };
  const random = new Random(options.seed);
  const n = options.entities;
  const prefix = `syn${options.seed}`;

  const bigTechCount = Math.max(3, Math.round(n * 0.005));
  const investorCount = Math.max(5, Math.round(n * 0.05));
  const startupCount = Math.max(10, Math.round(n * 0.25));
  const personCount = Math.max(10, Math.round(n * 0.5));
  const productCount = Math.max(5, n - bigTechCount - investorCount - startupCount - personCount);

  let nameIndex = 0;
  const org = (kind: string, i: number): Ent => {
    const id = nameIndex++;
    const suffix = random.pick(ORG_SUFFIX[kind]);
    return {
      slug: `${prefix}-${kind === "BIG_TECH" ? "bigtech" : kind.toLowerCase()}-${pad(i, 6)}`,
      type: "ORGANIZATION",
      name: `${code(id)} ${suffix}`,
      kinds: [kind],
      alias: random.chance(0.3) ? { name: `${hanzi(id)}${kind === "INVESTOR" ? "资本" : "科技"}`, language: "zh" } : undefined,
      segment: kind === "STARTUP" && random.chance(0.2) ? random.pick(SEGMENTS) : undefined,
      folder: 0,
    };
  };
  const bigTech = Array.from({ length: bigTechCount }, (_, i) => org("BIG_TECH", i));
  const investors = Array.from({ length: investorCount }, (_, i) => org("INVESTOR", i));
  const startups = Array.from({ length: startupCount }, (_, i) => org("STARTUP", i));
  const people: Ent[] = Array.from({ length: personCount }, (_, i) => {
    const id = nameIndex++;
    return {
      slug: `${prefix}-person-${pad(i, 6)}`,
      type: "PERSON",
      name: `${code(id % 400, 2)} ${code(Math.floor(id / 400), 3)}`,
      kinds: ["EXECUTIVE"],
      folder: 0,
    };
  });
  const products: Ent[] = Array.from({ length: productCount }, (_, i) => {
    const id = nameIndex++;
    return {
      slug: `${prefix}-product-${pad(i, 6)}`,
      type: "PRODUCT",
      name: `${code(id)} ${random.pick(PRODUCT_SUFFIX)}`,
      kinds: [random.pick(PRODUCT_KINDS)],
      folder: 0,
    };
  });

  // Folders: entities in a seeded shuffled order, so every folder holds a mix of types.
  const all = [...bigTech, ...investors, ...startups, ...people, ...products];
  const order = all.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  order.forEach((entityIndex, position) => (all[entityIndex].folder = Math.floor(position / options.perFolder)));
  const folderCount = Math.ceil(all.length / options.perFolder);
  const bySlug = new Map(all.map((e) => [e.slug, e]));
  const folderOf = (...slugs: string[]) => Math.max(...slugs.map((s) => bySlug.get(s)!.folder));

  const relationships: { folder: number; row: Record<string, unknown> }[] = [];
  const events: { folder: number; row: Record<string, unknown> }[] = [];
  const metrics: { folder: number; row: Record<string, unknown> }[] = [];
  const relKeys = new Set<string>();
  const cite = () => [{ quote: `@${random.int(0, SENTENCES_PER_FOLDER - 1)}` }];
  const date = (fromYear = 2012, toYear = 2025): string => {
    const y = random.int(fromYear, toYear);
    const m = random.int(1, 12);
    const r = random.next();
    if (r < 0.6) return `${y}-${pad(m, 2)}-${pad(random.int(1, 28), 2)}`;
    if (r < 0.9) return `${y}-${pad(m, 2)}`;
    return String(y);
  };
  const relate = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) => {
    const key = `${type}|${from}|${to}|${(extra.title as string) ?? ""}`;
    if (from === to || relKeys.has(key)) return;
    relKeys.add(key);
    relationships.push({
      folder: folderOf(from, to),
      row: { type, from, to, ...extra, certainty: random.pick(CERTAINTIES), citations: cite() },
    });
  };
  let eventIndex = 0;
  const event = (type: string, participants: { entity: string; role: string }[], extra: Record<string, unknown>) => {
    const slug = `${prefix}-event-${pad(eventIndex++, 7)}`;
    events.push({
      folder: folderOf(...participants.map((p) => p.entity)),
      row: { slug, type, date: date(2015), ...extra, certainty: random.pick(CERTAINTIES), participants, citations: cite() },
    });
  };

  // Founders: 1-3 per start-up; one founder in ten is a serial founder of an earlier start-up.
  const founders = new Map<string, string[]>();
  let nextPerson = 0;
  const takePerson = () => people[nextPerson++ % people.length];
  startups.forEach((startup, index) => {
    const r = random.next();
    const count = r < 0.55 ? 1 : r < 0.9 ? 2 : 3;
    const list: string[] = [];
    for (let k = 0; k < count; k++) {
      const earlier = index > 0 && random.chance(0.1) ? (founders.get(startups[random.int(0, index - 1)].slug) ?? []) : [];
      const person = earlier.length > 0 ? bySlug.get(random.pick(earlier))! : takePerson();
      if (list.includes(person.slug)) continue;
      if (!person.kinds.includes("FOUNDER")) person.kinds = ["FOUNDER"];
      list.push(person.slug);
      relate("FOUNDED", person.slug, startup.slug, { date: date(2012, 2023), title: k === 0 ? "CEO" : "Co-founder" });
    }
    founders.set(startup.slug, list);
  });
  // Everyone else works somewhere: big tech with probability ~ 1/rank, else a start-up or an investor.
  const bigTechZipf = new Zipf(bigTech.length, 1.0);
  const startupZipf = new Zipf(startups.length, 0.6);
  const investorZipf = new Zipf(investors.length, 1.0);
  const backerZipf = new CappedZipf(investorZipf, investorCap(options.hubShare, startups.length));
  for (let i = nextPerson; i < people.length; i++) {
    const person = people[i];
    const r = random.next();
    if (r < 0.5) relate("WORKS_AT", person.slug, bigTech[bigTechZipf.draw(random)].slug, { title: "Engineer", date: date(2010, 2024) });
    else if (r < 0.85)
      relate("WORKS_AT", person.slug, startups[startupZipf.draw(random)].slug, { title: "Researcher", date: date(2015, 2024) });
    else {
      person.kinds = ["INVESTOR"];
      relate("WORKS_AT", person.slug, investors[investorZipf.draw(random)].slug, { title: "Partner", date: date(2010, 2024) });
    }
  }
  // Funding rounds (derived INVESTED_IN edges) and a few direct stakes.
  const investorsOf = new Map<string, Set<string>>();
  const portfolio = new Map<string, Set<string>>();
  const invest = (investor: string, startup: string) => {
    if (!investorsOf.has(startup)) investorsOf.set(startup, new Set());
    investorsOf.get(startup)!.add(investor);
    if (!portfolio.has(investor)) portfolio.set(investor, new Set());
    portfolio.get(investor)!.add(startup);
  };
  for (const startup of startups) {
    const r = random.next();
    const rounds = r < 0.3 ? 0 : r < 0.65 ? 1 : r < 0.85 ? 2 : 3;
    for (let k = 0; k < rounds; k++) {
      const backers = new Set<string>();
      const count = random.int(1, 3);
      for (let b = 0; b < count; b++) backers.add(investors[backerZipf.draw(random)].slug);
      if (random.chance(0.05)) backers.add(bigTech[bigTechZipf.draw(random)].slug);
      for (const backer of backers) invest(backer, startup.slug);
      event("FUNDING_ROUND", [{ entity: startup.slug, role: "INVESTEE" }, ...[...backers].map((b) => ({ entity: b, role: "INVESTOR" }))], {
        title: `${startup.name} raises a ${ROUNDS[Math.min(k + 1, ROUNDS.length - 1)]} round`,
        round: ROUNDS[Math.min(k + 1, ROUNDS.length - 1)],
        amount: { value: random.int(1, 500) * 1_000_000, currency: random.pick(["USD", "CNY"]) },
      });
    }
    if (random.chance(0.1)) {
      const investor = investors[backerZipf.draw(random)].slug;
      invest(investor, startup.slug);
      relate("INVESTED_IN", investor, startup.slug, { date: date(2015, 2024) });
    }
    if (startup.segment && random.chance(0.02)) relate("SUBSIDIARY_OF", startup.slug, bigTech[bigTechZipf.draw(random)].slug, {});
  }
  // Products: owned by big tech (~ 1/rank) or a start-up; some launched and measured.
  for (const product of products) {
    const owner = random.chance(0.5) ? bigTech[bigTechZipf.draw(random)] : startups[startupZipf.draw(random)];
    relate("OWNS", owner.slug, product.slug, {});
    if (random.chance(0.1))
      event(
        "PRODUCT_LAUNCH",
        [
          { entity: owner.slug, role: "VENDOR" },
          { entity: product.slug, role: "PRODUCT" },
        ],
        { title: `${owner.name} launches ${product.name}` },
      );
    if (random.chance(0.1)) {
      metrics.push({
        folder: folderOf(product.slug),
        row: {
          slug: `${product.slug}-mau`,
          subject: product.slug,
          name: "monthlyActiveUsers",
          value: random.int(1, 900) * 100_000,
          qualifier: "ABOUT",
          unit: "users",
          date: date(2020),
          certainty: "ESTIMATED",
          citations: cite(),
        },
      });
    }
  }
  const organizations = [...bigTech, ...investors, ...startups];
  for (let i = 0; i < Math.round(n * 0.05); i++)
    relate("PARTNER_OF", random.pick(organizations).slug, random.pick(organizations).slug, { date: date(2016, 2024) });
  for (let i = 0; i < Math.max(1, Math.round(n * 0.01)); i++) {
    const acquirer = bigTech[bigTechZipf.draw(random)];
    const target = random.pick(startups);
    event(
      "ACQUISITION",
      [
        { entity: acquirer.slug, role: "ACQUIRER" },
        { entity: target.slug, role: "TARGET" },
      ],
      { title: `${acquirer.name} acquires ${target.name}`, amount: { value: random.int(10, 2000) * 1_000_000, currency: "USD" } },
    );
  }
  for (let i = 0; i < Math.max(1, Math.round(n * 0.02)); i++) {
    const person = random.pick(people);
    const from = random.pick(organizations);
    const to = bigTech[bigTechZipf.draw(random)];
    if (from.slug === to.slug) continue;
    event(
      "TALENT_MOVE",
      [
        { entity: person.slug, role: "PERSON" },
        { entity: from.slug, role: "FROM" },
        { entity: to.slug, role: "TO" },
      ],
      { title: `${person.name} joins ${to.name}`, jobTitle: "Chief Scientist" },
    );
  }
  for (let i = 0; i < Math.max(1, Math.round(n * 0.002)); i++) {
    const claimant = random.pick(investors);
    const respondent = random.pick(startups);
    event(
      "LEGAL_ACTION",
      [
        { entity: claimant.slug, role: "CLAIMANT" },
        { entity: respondent.slug, role: "RESPONDENT" },
      ],
      { title: `${claimant.name} files against ${respondent.name}`, legalKind: random.pick(["ARBITRATION", "LAWSUIT"]) },
    );
  }

  // Folders: each an article whose sentences back the citations placed in it.
  const folders: SeedFolderData[] = [];
  let aliasCount = 0;
  let participantCount = 0;
  for (let f = 0; f < folderCount; f++) {
    const sentences = Array.from(
      { length: SENTENCES_PER_FOLDER },
      (_, k) =>
        `Synthetic report ${f + 1}, finding ${k + 1}: ${code(f * SENTENCES_PER_FOLDER + k)} describes deals, people and products of the AI industry.`,
    );
    const quote = (citations: { quote: string }[]) => citations.map((c) => ({ quote: sentences[Number(c.quote.slice(1))] }));
    const slug = `${prefix}-${n}-part-${pad(f + 1, 4)}`;
    const entities = all
      .filter((e) => e.folder === f)
      .map((e) => {
        const citations = quote(cite());
        if (e.alias) aliasCount++;
        aliasCount++;
        return {
          slug: e.slug,
          type: e.type,
          name: e.name,
          kinds: e.kinds,
          description: `${e.name}: a synthetic ${e.kinds[0].toLowerCase().replace("_", " ")} for benchmarks.`,
          ...(e.alias ? { aliases: [e.alias] } : {}),
          ...(e.segment ? { positioning: [{ segment: e.segment, certainty: "REPORTED", citations }] } : {}),
          citations,
        };
      });
    const inFolder = <T extends { folder: number; row: Record<string, unknown> }>(items: T[]): Record<string, unknown>[] =>
      items.filter((i) => i.folder === f).map((i) => ({ ...i.row, citations: quote(i.row.citations as { quote: string }[]) }));
    const folderEvents = inFolder(events);
    participantCount += folderEvents.reduce((sum, e) => sum + (e.participants as unknown[]).length, 0);
    folders.push({
      name: slug,
      source: {
        slug,
        title: `Synthetic AI industry report ${f + 1} of ${folderCount} (seed ${options.seed}, ${n} entities)`,
        publisher: "ai-industry-graph benchmark generator",
        publishedAt: `2025-${pad((f % 12) + 1, 2)}`,
        language: "en",
        kind: "NEWS_ARTICLE",
        textFile: "text.txt",
        url: null,
        note: "Generated by bench/synthetic/generator.ts; not real data.",
      },
      facts: { entities, relationships: inFolder(relationships), events: folderEvents, metrics: inFolder(metrics) },
      text: sentences.join("\n") + "\n",
    });
  }

  // Bench operands, drawn with their own PRNG so changing them never changes the graph.
  const sampler = new Random(options.seed ^ 0x5eed);
  const take = <T>(items: T[], count: number): T[] => (items.length === 0 ? [] : Array.from({ length: count }, () => sampler.pick(items)));
  const withInvestors = startups.filter((s) => investorsOf.has(s.slug) && (founders.get(s.slug)?.length ?? 0) > 0);
  const connectedPairs: { from: string; to: string }[] = [];
  for (let tries = 0; connectedPairs.length < 200 && tries < 20_000 && withInvestors.length > 0; tries++) {
    const s = sampler.pick(withInvestors);
    const investor = sampler.pick([...investorsOf.get(s.slug)!]);
    const other = sampler.pick([...portfolio.get(investor)!]);
    const founder = sampler.pick(founders.get(s.slug)!);
    if (other === s.slug || (founders.get(other) ?? []).includes(founder)) continue;
    connectedPairs.push({ from: founder, to: other });
  }
  const aliased = organizations.filter((o) => o.alias);
  const samples: BenchSamples = {
    entitySlugs: take(all, 200).map((e) => e.slug),
    organizationsWithInvestors: take(withInvestors, 200).map((e) => e.slug),
    investors: take(
      investors.filter((i) => portfolio.has(i.slug)),
      200,
    ).map((e) => e.slug),
    hubInvestors: [...portfolio.entries()]
      .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
      .slice(0, 10)
      .map(([slug]) => slug),
    searchTexts: [...take(organizations, 100).map((e) => e.name), ...take(aliased, 100).map((e) => e.alias!.name)],
    timelineWindows: Array.from({ length: 50 }, () => {
      const y = sampler.int(2016, 2024);
      return {
        types: [sampler.pick(["FUNDING_ROUND", "FUNDING_ROUND", "ACQUISITION", "PRODUCT_LAUNCH"])],
        from: `${y}-01-01`,
        to: `${y}-12-31`,
      };
    }),
    connectedPairs,
  };
  return {
    options,
    folders,
    samples,
    counts: {
      entities: all.length,
      relationships: relationships.length,
      events: events.length,
      participants: participantCount,
      metrics: metrics.length,
      aliases: aliasCount,
    },
  };
}
