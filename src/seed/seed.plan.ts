import { normalizeName } from "../common/normalize";
import { parsePartialDate, ParsedPartialDate } from "../common/partial-date";
import { CitationDto, ClaimDto, EventDto } from "./seed.dto";
import { SeedFolder } from "./seed.reader";
import { ENTITY_LABELS, EntityTypeName, EVENT_LABELS, EventTypeName } from "../common/vocabulary";

/**
 * Rows ready for the loader's UNWIND statements. Building them is pure (no database), so the rules
 * that derive direct edges from events are unit-tested and written in exactly one place.
 */
export interface SeedPlan {
  source: Record<string, unknown>;
  entities: Record<string, unknown>[];
  aliases: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
  events: Record<string, unknown>[];
  participants: Record<string, unknown>[];
  metrics: Record<string, unknown>[];
  /** One row per claim of this source: every record is its ASSERTS claim, plus the `claims` section. */
  claims: Record<string, unknown>[];
  /** The entities this source names (declares, relates, has take part, measures or quotes): Source.mentions. */
  mentions: Record<string, unknown>[];
  /** The events this source has a claim on (Source.events): counted in the load report; the links are written from the claims themselves (seed.write.ts arbitrateFacts). */
  reports: Record<string, unknown>[];
}

/** Maps every reference (slug, name or alias) to an entity slug; built by seed.resolve.ts. */
export type ResolveEntity = (reference: string) => string;

/** How each event type becomes direct edges: `from` role -[type]-> `to` role. */
export const DERIVED_EDGES: Record<string, { type: string; from: string; to: string } | undefined> = {
  ACQUISITION: { type: "ACQUIRED", from: "ACQUIRER", to: "TARGET" },
  FUNDING_ROUND: { type: "INVESTED_IN", from: "INVESTOR", to: "INVESTEE" },
  LEGAL_ACTION: { type: "SUED", from: "CLAIMANT", to: "RESPONDENT" },
  TALENT_MOVE: { type: "JOINED", from: "PERSON", to: "TO" },
  LICENSING_DEAL: { type: "LICENSED", from: "LICENSEE", to: "LICENSOR" },
};

/** Market segments named by `positioning`; each becomes a Market entity the organisation is POSITIONED_IN. */
export const SEGMENT_MARKETS: Record<string, { slug: string; name: string; description: string }> = {
  TO_B: { slug: "segment-to-b", name: "To B (enterprise) market", description: "Selling AI products and services to businesses." },
  TO_C: { slug: "segment-to-c", name: "To C (consumer) market", description: "Selling AI products to consumers." },
  DIVERSIFIED: { slug: "segment-diversified", name: "Diversified applications", description: "AI applied across many scenarios at once." },
};

export function buildSeedPlan(folder: SeedFolder, resolve: ResolveEntity): SeedPlan {
  const sourceSlug = folder.source.slug;
  // Only verbatim quotes become a fact's `citations`; a reference source's notes live on its claims.
  const cite = (citations: CitationDto[]) => {
    const quoted = citations.filter((c) => c.quote !== undefined);
    return { citationSources: quoted.map(() => sourceSlug), citationQuotes: quoted.map((c) => c.quote!) };
  };
  const dated = (prefix: string, text: string | null | undefined) => {
    const d: ParsedPartialDate | null = text ? parsePartialDate(text) : null;
    return {
      [`${prefix}Text`]: d?.text ?? null,
      [`${prefix}Precision`]: d?.precision ?? null,
      [`${prefix}Start`]: d?.start ?? null,
      [`${prefix}End`]: d?.end ?? null,
    };
  };

  const claims = new ClaimRows(sourceSlug, sourceRank(folder.source.publishedAt));
  // Which source's spelling, language and quote an alias several sources give keeps: the same order as
  // chooseDeclaration (news before editorial, then the earliest report, then slug), whatever the load order.
  const aliasRank = `${folder.source.kind === "EDITORIAL" ? 1 : 0}|${sourceRank(folder.source.publishedAt)}|${sourceSlug}`;
  const entities: Record<string, unknown>[] = [];
  const aliases: Record<string, unknown>[] = [];
  const relationships: Record<string, unknown>[] = [];
  for (const entity of folder.facts.entities) {
    const slug = resolve(entity.slug);
    entities.push({
      slug,
      label: ENTITY_LABELS[entity.type as EntityTypeName],
      type: entity.type,
      name: entity.name,
      sortName: normalizeName(entity.name),
      kinds: entity.kinds,
      description: entity.description ?? null,
      ...cite(entity.citations),
    });
    // The declaration is this source's claim that the entity exists as described: its name and description
    // are chosen from all declarations (seed.arbitrate.ts, chooseDeclaration), whatever the load order.
    claims.add(
      `entity:${slug}`,
      "ENTITY",
      {
        stance: "ASSERTS",
        entityName: entity.name,
        description: entity.description ?? null,
        editorial: folder.source.kind === "EDITORIAL",
      },
      entity.citations,
    );
    const names = [{ name: entity.name, language: "und", quote: null as string | null, isName: true }];
    for (const alias of entity.aliases ?? [])
      names.push({ name: alias.name, language: alias.language, quote: alias.quote ?? null, isName: false });
    for (const alias of names) {
      aliases.push({
        entitySlug: slug,
        name: alias.name,
        language: alias.language,
        normalized: normalizeName(alias.name),
        isName: alias.isName,
        sourceSlug,
        sourceRank: aliasRank,
        quote: alias.quote,
      });
    }
    for (const position of entity.positioning ?? []) {
      const market = SEGMENT_MARKETS[position.segment];
      relationships.push({
        type: "POSITIONED_IN",
        from: slug,
        to: market.slug,
        key: `POSITIONED_IN|${slug}|${market.slug}`,
        props: { focus: position.focus ?? null, certainty: position.certainty, eventSlug: null, ...cite(position.citations) },
      });
      claims.add(
        `rel:POSITIONED_IN|${slug}|${market.slug}`,
        "RELATIONSHIP",
        { stance: "ASSERTS", certainty: position.certainty, focus: position.focus ?? null },
        position.citations,
      );
    }
  }

  for (const rel of folder.facts.relationships) {
    const from = resolve(rel.from);
    const to = resolve(rel.to);
    claims.add(
      `rel:${relationshipKey(rel.type, from, to, rel.title)}`,
      "RELATIONSHIP",
      {
        stance: "ASSERTS",
        status: rel.status,
        pinned: rel.pinned,
        certainty: rel.certainty,
        ...dated("date", rel.date),
        ...dated("endDate", rel.endDate),
      },
      rel.citations,
    );
    relationships.push({
      type: rel.type,
      from,
      to,
      key: relationshipKey(rel.type, from, to, rel.title),
      props: {
        title: rel.title ?? null,
        certainty: rel.certainty,
        eventSlug: null,
        ...dated("date", rel.date),
        ...dated("endDate", rel.endDate),
        ...cite(rel.citations),
      },
    });
  }

  const events: Record<string, unknown>[] = [];
  const participants: Record<string, unknown>[] = [];
  for (const event of folder.facts.events) {
    events.push({
      slug: event.slug,
      label: EVENT_LABELS[event.type as EventTypeName],
      props: {
        type: event.type,
        title: event.title,
        summary: event.summary ?? null,
        certainty: event.certainty,
        ...dated("date", event.date),
        amount: event.amount?.value ?? null,
        currency: event.amount?.currency ?? null,
        valuation: event.valuation?.value ?? null,
        valuationCurrency: event.valuation?.currency ?? null,
        percentage: event.percentage ?? null,
        round: event.round ?? null,
        roundCount: event.roundCount ?? null,
        legalKind: event.legalKind ?? null,
        jobTitle: event.jobTitle ?? null,
        quote: event.quote ?? null,
        speakerDescription: event.speakerDescription ?? null,
        ...cite(event.citations),
      },
    });
    claims.add(
      `event:${event.slug}`,
      "EVENT",
      {
        ...(events[events.length - 1].props as Record<string, unknown>),
        stance: "ASSERTS",
        status: event.status,
        pinned: event.pinned,
        statementQuote: event.quote ?? null,
      },
      event.citations,
    );
    event.participants.forEach((p) => participants.push({ eventSlug: event.slug, entitySlug: resolve(p.entity), role: p.role }));
    relationships.push(...derivedEdges(event, resolve, cite, dated));
  }

  for (const metric of folder.facts.metrics) {
    claims.add(
      `metric:${metric.slug}`,
      "METRIC",
      {
        stance: "ASSERTS",
        status: metric.status,
        pinned: metric.pinned,
        certainty: metric.certainty,
        value: metric.value,
        qualifier: metric.qualifier ?? "EXACT",
        unit: metric.unit,
        currency: metric.currency ?? null,
        ...dated("date", metric.date),
      },
      metric.citations,
    );
  }
  for (const claim of folder.facts.claims) {
    const { factKey, factKind } = claimTarget(claim, resolve);
    for (const p of claim.participants ?? [])
      if (claim.event) participants.push({ eventSlug: claim.event, entitySlug: resolve(p.entity), role: p.role });
    claims.add(
      factKey,
      factKind,
      {
        stance: claim.stance,
        status: claim.status,
        pinned: claim.pinned,
        certainty: claim.certainty,
        ...dated("date", claim.date),
        amount: claim.amount?.value ?? null,
        currency: claim.amount?.currency ?? null,
        valuation: claim.valuation?.value ?? null,
        valuationCurrency: claim.valuation?.currency ?? null,
        value: claim.value ?? null,
        qualifier: claim.qualifier ?? null,
        percentage: claim.percentage ?? null,
        round: claim.round ?? null,
        attributedTo: claim.attributedTo ? resolve(claim.attributedTo) : null,
      },
      claim.citations,
    );
  }

  const metrics = folder.facts.metrics.map((metric) => ({
    slug: metric.slug,
    subject: resolve(metric.subject),
    reportedBy: metric.reportedBy ? resolve(metric.reportedBy) : null,
    props: {
      name: metric.name,
      value: metric.value,
      qualifier: metric.qualifier ?? "EXACT",
      unit: metric.unit,
      currency: metric.currency ?? null,
      certainty: metric.certainty,
      ...dated("date", metric.date),
      ...cite(metric.citations),
    },
  }));

  const markets = segmentMarkets(relationships, sourceSlug);
  for (const market of markets) {
    aliases.push({
      entitySlug: market.slug,
      name: market.name,
      language: "en",
      normalized: market.sortName,
      isName: true,
      sourceSlug,
      quote: null,
    });
  }
  const { text, ...meta } = { ...folder.source, text: folder.text };
  return {
    source: {
      ...meta,
      textFile: meta.textFile ?? null,
      url: meta.url ?? null,
      note: meta.note ?? null,
      originalLanguage: meta.originalLanguage ?? null,
      textStored: folder.textStored,
      text: folder.textStored ? text : null,
    },
    entities: [...markets, ...entities],
    aliases,
    relationships,
    events,
    participants,
    metrics,
    claims: claims.rows,
    ...sourceLinks(entities, markets, relationships, participants, metrics, claims.rows),
  };
}

/**
 * What the source's links point at: every entity it names in any part, every event it has a claim on
 * (its own, and others' events its `claims` section speaks to). Deduplicated and sorted, so a reload
 * writes the same rows.
 */
function sourceLinks(
  entities: Record<string, unknown>[],
  markets: Record<string, unknown>[],
  relationships: Record<string, unknown>[],
  participants: Record<string, unknown>[],
  metrics: { subject: string; reportedBy: string | null }[],
  claims: Record<string, unknown>[],
): Pick<SeedPlan, "mentions" | "reports"> {
  const named = [
    ...entities.map((e) => e.slug),
    ...markets.map((m) => m.slug),
    ...relationships.flatMap((r) => [r.from, r.to]),
    ...participants.map((p) => p.entitySlug),
    ...metrics.flatMap((m) => [m.subject, m.reportedBy]),
    ...claims.map((c) => c.attributedTo),
  ];
  const reported = claims.map((c) => c.factKey as string).filter((key) => key.startsWith("event:"));
  const unique = (values: unknown[]) => [...new Set(values.filter((v): v is string => typeof v === "string"))].sort();
  return {
    mentions: unique(named).map((entitySlug) => ({ entitySlug })),
    reports: unique(reported).map((key) => ({ eventSlug: key.slice("event:".length) })),
  };
}

/** The key of a stated relationship (also the fact key of its claims, after `rel:`). */
export function relationshipKey(type: string, from: string, to: string, title: string | null | undefined): string {
  return `${type}|${from}|${to}|${title ?? ""}`;
}

/** The fact a `claims` entry is about, as the key its Claim node is filed under. */
function claimTarget(claim: ClaimDto, resolve: ResolveEntity): { factKey: string; factKind: string } {
  if (claim.event) return { factKey: `event:${claim.event}`, factKind: "EVENT" };
  if (claim.metric) return { factKey: `metric:${claim.metric}`, factKind: "METRIC" };
  const r = claim.relationship!;
  return { factKey: `rel:${relationshipKey(r.type, resolve(r.from), resolve(r.to), r.title)}`, factKind: "RELATIONSHIP" };
}

/** A source's publication date as a sortable string (its start day): a later report ranks above an earlier one. */
function sourceRank(publishedAt: string): string {
  return parsePartialDate(publishedAt)?.start ?? "0000-00-00";
}

/** Every property a Claim node has, so rows of every kind write the same set (absent = null). */
export const CLAIM_VALUE_FIELDS = [
  "certainty",
  "dateText",
  "datePrecision",
  "dateStart",
  "dateEnd",
  "endDateText",
  "endDatePrecision",
  "endDateStart",
  "endDateEnd",
  "amount",
  "currency",
  "valuation",
  "valuationCurrency",
  "value",
  "qualifier",
  "unit",
  "percentage",
  "round",
  "roundCount",
  "legalKind",
  "jobTitle",
  "title",
  "summary",
  "statementQuote",
  "speakerDescription",
  "focus",
  "attributedTo",
  "entityName",
  "description",
  "editorial",
] as const;

/** Claims of one source, numbered per fact in file order: the number makes the claim's key stable across loads. */
class ClaimRows {
  readonly rows: Record<string, unknown>[] = [];
  private readonly perFact = new Map<string, number>();

  constructor(
    private readonly sourceSlug: string,
    private readonly sourceRank: string,
  ) {}

  add(factKey: string, factKind: string, values: Record<string, unknown>, citations: CitationDto[]) {
    const n = this.perFact.get(factKey) ?? 0;
    this.perFact.set(factKey, n + 1);
    const row: Record<string, unknown> = {
      key: `${this.sourceSlug}|${factKey}|${n}`,
      factKey,
      factKind,
      sourceSlug: this.sourceSlug,
      sourceRank: this.sourceRank,
      stance: values.stance,
      status: values.status ?? "ACTIVE",
      pinned: values.pinned ?? false,
      quotes: citations.filter((c) => c.quote !== undefined).map((c) => c.quote),
      notes: citations.filter((c) => c.note !== undefined).map((c) => c.note),
    };
    for (const field of CLAIM_VALUE_FIELDS) row[field] = values[field] ?? null;
    this.rows.push(row);
  }
}

function derivedEdges(
  event: EventDto,
  resolve: ResolveEntity,
  cite: (c: CitationDto[]) => Record<string, unknown>,
  dated: (prefix: string, text: string) => Record<string, unknown>,
): Record<string, unknown>[] {
  const rule = DERIVED_EDGES[event.type];
  if (!rule) return [];
  const withRole = (role: string) => event.participants.filter((p) => p.role === role).map((p) => resolve(p.entity));
  const leftFrom = withRole("FROM")[0] ?? null;
  const edges: Record<string, unknown>[] = [];
  for (const from of withRole(rule.from)) {
    for (const to of withRole(rule.to)) {
      edges.push({
        type: rule.type,
        from,
        to,
        key: `${event.slug}|${from}|${to}`,
        props: {
          eventSlug: event.slug,
          certainty: event.certainty,
          ...dated("date", event.date),
          title: event.jobTitle ?? null,
          leftSlug: rule.type === "JOINED" ? leftFrom : null,
          kind: event.legalKind ?? null,
          round: event.round ?? null,
          amount: event.amount?.value ?? null,
          currency: event.amount?.currency ?? null,
          valuation: event.valuation?.value ?? null,
          valuationCurrency: event.valuation?.currency ?? null,
          ...cite(event.citations),
        },
      });
    }
  }
  return edges;
}

/** The segment markets that this folder's positioning points at, cited by the first such statement. */
function segmentMarkets(
  relationships: Record<string, unknown>[],
  sourceSlug: string,
): Array<Record<string, unknown> & { slug: string; name: string; sortName: string }> {
  const used = new Map<string, Record<string, unknown> & { slug: string; name: string; sortName: string }>();
  for (const rel of relationships) {
    if (rel.type !== "POSITIONED_IN" || used.has(rel.to as string)) continue;
    const market = Object.values(SEGMENT_MARKETS).find((m) => m.slug === rel.to)!;
    const props = rel.props as Record<string, unknown>;
    used.set(market.slug, {
      slug: market.slug,
      label: "Market",
      type: "MARKET",
      name: market.name,
      sortName: normalizeName(market.name),
      kinds: ["MARKET"],
      description: market.description,
      citationSources: [sourceSlug],
      citationQuotes: [(props.citationQuotes as string[])[0]],
    });
  }
  return [...used.values()];
}
