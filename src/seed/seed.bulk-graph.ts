import { newNodeUid } from "../common/global-id";
import { normalizeName } from "../common/normalize";
import { Arbitrated, arbitrateAll, ClaimRow } from "./seed.arbitrate";
import { SeedPlan } from "./seed.plan";
import { EVENT_PROPERTIES } from "../db/projection";

/** A Cypher `date` (the online statements wrap these fields in `date(...)`); other strings stay strings. */
export class CypherDate {
  constructor(readonly iso: string) {}
}

/** A Cypher integer (a JavaScript number sent by the driver is a float). */
export type PropertyValue = string | number | boolean | bigint | string[] | CypherDate;
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  /** The importer's id space (one per kind of key: Entity slug, Alias entity|name, ...). */
  space: string;
  id: string;
  labels: string[];
  props: Properties;
}

export interface GraphEdge {
  type: string;
  from: GraphNode;
  to: GraphNode;
  props: Properties;
}

/** The graph a fresh online load would leave, built in memory for the bulk importer. */
export interface BulkGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Folds validated plans, in the loader's write order, into the graph the online load (seed.write.ts and
 * the load-* statements) leaves in an empty database: the same merges, the same SET rules (a null removes
 * a property), the same arbitration after each folder. Only what the load writes around the data is left
 * out: the audit trail (Change records and their counter), which the bulk path does not write.
 * Keep in step with cypher/templates/load-* and cypher/queries/load-*: the bulk-vs-online integration test
 * compares the two graphs property by property.
 */
export function buildBulkGraph(plans: SeedPlan[]): BulkGraph {
  const graph = new GraphBuilder();
  plans.forEach((plan, index) => {
    graph.writePlan(plan);
    graph.node("DataVersion", "graph", ["DataVersion"]).props = { id: "graph", version: BigInt(index + 1) };
  });
  return { nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] };
}

class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** Each fact's claims by their key (a later folder's claim of the same key replaces the earlier one). */
  private readonly claimsByFact = new Map<string, Map<string, ClaimRow>>();
  /** The lookups the online statements make through indexes: stated edges by type and key, derived ones by event. */
  private readonly edgesByKey = new Map<string, GraphEdge>();
  private readonly edgesByEvent = new Map<string, Set<GraphEdge>>();
  private readonly participantsOf = new Map<GraphNode, Set<GraphNode>>();

  node(space: string, id: string, labels: string[]): GraphNode {
    const key = `${space}\u0000${id}`;
    let node = this.nodes.get(key);
    if (!node) this.nodes.set(key, (node = { space, id, labels: [...labels], props: {} }));
    return node;
  }

  find(space: string, id: unknown): GraphNode | undefined {
    return this.nodes.get(`${space}\u0000${id as string}`);
  }

  /** MERGE of a relationship: `identity` holds what the MERGE pattern matches on besides type and ends. */
  edge(type: string, from: GraphNode, to: GraphNode, identity: Properties = {}): GraphEdge {
    const key = [type, from.space, from.id, to.space, to.id, JSON.stringify(identity)].join("\u0000");
    let edge = this.edges.get(key);
    if (!edge) this.edges.set(key, (edge = { type, from, to, props: { ...identity } }));
    return edge;
  }

  writePlan(plan: SeedPlan): void {
    const sourceSlug = plan.source.slug as string;
    const source = this.node("Source", sourceSlug, ["Source"]);
    source.props.slug = sourceSlug;
    set(source.props, "uid", source.props.uid ?? newNodeUid("Source", sourceSlug));
    for (const field of ["title", "publisher", "publishedAt", "language", "originalLanguage", "kind", "url", "note", "textStored", "text"])
      set(source.props, field, plan.source[field]);

    for (const row of plan.entities) this.writeEntity(row, sourceSlug);
    for (const row of plan.aliases) this.writeAlias(row);
    for (const row of plan.relationships.filter((r) => r.from !== r.to)) this.writeRelationship(row);
    for (const row of plan.events) this.writeEvent(row);
    for (const row of plan.participants) {
      const entity = this.find("Entity", row.entitySlug);
      const event = this.find("Event", row.eventSlug);
      if (!entity || !event) continue;
      this.edge("PARTICIPATED_IN", entity, event, { role: row.role as string });
      const participants = this.participantsOf.get(event) ?? new Set<GraphNode>();
      this.participantsOf.set(event, participants.add(entity));
    }
    for (const row of plan.metrics) this.writeMetric(row);
    for (const row of plan.claims) this.writeClaim(row);
    for (const row of plan.mentions) {
      const entity = this.find("Entity", row.entitySlug);
      if (entity) this.edge("MENTIONS", source, entity);
    }
    this.arbitrateFacts([...new Set(plan.claims.map((c) => c.factKey as string))]);
  }

  private writeEntity(row: Record<string, unknown>, sourceSlug: string): void {
    const slug = row.slug as string;
    const created = !this.find("Entity", slug);
    const e = this.node("Entity", slug, ["Entity"]);
    const p = e.props;
    if (created) {
      p.slug = slug;
      set(p, "name", row.name);
      set(p, "sortName", row.sortName);
      set(p, "type", row.type);
      set(p, "createdFrom", sourceSlug);
    }
    if (!e.labels.includes(row.label as string)) e.labels.push(row.label as string);
    set(p, "uid", p.uid ?? newNodeUid("Entity", slug));
    const kinds = [...((p.kinds as string[] | undefined) ?? [])];
    for (const kind of row.kinds as string[]) if (!kinds.includes(kind)) kinds.push(kind);
    p.kinds = kinds;
    set(p, "description", p.description ?? row.description);
    const sources = (p.citationSources as string[] | undefined) ?? [];
    const quotes = (p.citationQuotes as string[] | undefined) ?? [];
    const kept = sources.map((s, i) => i).filter((i) => sources[i] !== sourceSlug);
    p.citationQuotes = [...kept.map((i) => quotes[i]), ...(row.citationQuotes as string[])];
    p.citationSources = [...kept.map((i) => sources[i]), ...(row.citationSources as string[])];
  }

  private writeAlias(row: Record<string, unknown>): void {
    const entity = this.find("Entity", row.entitySlug);
    if (!entity) return;
    const a = this.node("Alias", `${row.entitySlug as string}|${row.normalized as string}`, ["Alias"]).props;
    a.entitySlug = row.entitySlug as string;
    a.normalized = row.normalized as string;
    const rank = row.sourceRank ?? null;
    const takes = a.sourceRank === undefined || (rank !== null && (rank as string) < (a.sourceRank as string));
    if (takes) {
      for (const field of ["name", "language", "sourceSlug", "quote", "sourceRank"]) set(a, field, row[field]);
    }
    a.isName = (a.isName as boolean | undefined) === true || row.isName === true;
    this.edge("ALIAS_OF", this.node("Alias", `${row.entitySlug as string}|${row.normalized as string}`, ["Alias"]), entity);
  }

  private writeRelationship(row: Record<string, unknown>): void {
    const from = this.find("Entity", row.from);
    const to = this.find("Entity", row.to);
    if (!from || !to) return;
    const r = this.edge(row.type as string, from, to, { key: row.key as string });
    const props = row.props as Record<string, unknown>;
    for (const field of ["title", "eventSlug", "leftSlug", "kind", "round", "amount", "currency", "valuation", "valuationCurrency"])
      set(r.props, field, props[field]);
    this.edgesByKey.set(`${r.type}|${row.key as string}|${from.id}|${to.id}`, r);
    if (typeof r.props.eventSlug === "string") {
      const edges = this.edgesByEvent.get(r.props.eventSlug) ?? new Set<GraphEdge>();
      this.edgesByEvent.set(r.props.eventSlug, edges.add(r));
    }
  }

  private writeEvent(row: Record<string, unknown>): void {
    const slug = row.slug as string;
    const ev = this.node("Event", slug, ["Event"]);
    if (!ev.labels.includes(row.label as string)) ev.labels.push(row.label as string);
    ev.props.slug = slug;
    set(ev.props, "uid", ev.props.uid ?? newNodeUid("Event", slug));
    const props = row.props as Record<string, unknown>;
    for (const field of EVENT_FIELDS) set(ev.props, field, props[field]);
    setDates(ev.props, props, ["dateStart", "dateEnd"]);
    set(ev.props, "quote", props.quote);
    set(ev.props, "citationSources", props.citationSources);
    set(ev.props, "citationQuotes", props.citationQuotes);
  }

  private writeMetric(row: Record<string, unknown>): void {
    const subject = this.find("Entity", row.subject);
    if (!subject) return;
    const slug = row.slug as string;
    const m = this.node("Metric", slug, ["Metric"]);
    m.props.slug = slug;
    set(m.props, "uid", m.props.uid ?? newNodeUid("Metric", slug));
    const props = row.props as Record<string, unknown>;
    for (const field of ["name", "value", "qualifier", "unit", "currency", "certainty", "dateText", "datePrecision"])
      set(m.props, field, props[field]);
    setDates(m.props, props, ["dateStart", "dateEnd"]);
    set(m.props, "citationSources", props.citationSources);
    set(m.props, "citationQuotes", props.citationQuotes);
    this.edge("HAS_METRIC", subject, m);
    const provider = row.reportedBy === null || row.reportedBy === undefined ? undefined : this.find("Entity", row.reportedBy);
    if (provider) this.edge("REPORTED_BY", m, provider);
  }

  private writeClaim(row: Record<string, unknown>): void {
    const key = row.key as string;
    // A claim is written whole (load-claims SETs every field): a null is no property. Skipped here
    // rather than through set(), whose delete on the fresh object cost about 1 s more at 100k entities.
    const props: Properties = { key };
    for (const field in row) {
      const value = row[field];
      if (field !== "key" && value !== null && value !== undefined) props[field] = value as PropertyValue;
    }
    this.node("Claim", key, ["Claim"]).props = props;
    const factKey = row.factKey as string;
    let claims = this.claimsByFact.get(factKey);
    if (!claims) this.claimsByFact.set(factKey, (claims = new Map<string, ClaimRow>()));
    // What get-claims-by-fact-keys returns: the stored properties. Arbitration only reads them, in key order.
    claims.set(key, props as unknown as ClaimRow);
  }

  /** seed.write.ts arbitrateFacts: the values every claim so far decides, and the sources' REPORTS links. */
  private arbitrateFacts(factKeys: string[]): void {
    const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const claims = factKeys
      .flatMap((key) => [...(this.claimsByFact.get(key)?.values() ?? [])])
      .sort((a, b) => order(a.factKey, b.factKey) || order(a.key, b.key));
    for (const decided of arbitrateAll(claims)) this.writeValues(decided);
    for (const claim of claims) {
      if (!claim.factKey.startsWith("event:")) continue;
      const source = this.find("Source", claim.sourceSlug);
      const event = this.find("Event", claim.factKey.slice("event:".length));
      if (source && event) this.edge("REPORTS", source, event);
    }
  }

  private writeValues(d: Arbitrated): void {
    const [kind, ...rest] = d.factKey.split(":");
    const key = rest.join(":");
    const v = d.values;
    const cited = (props: Properties) => {
      set(props, "citationSources", d.citationSources);
      set(props, "citationQuotes", d.citationQuotes);
    };
    if (kind === "entity" && d.declaration) {
      const e = this.find("Entity", key);
      if (!e) return;
      set(e.props, "name", d.declaration.name);
      set(e.props, "sortName", normalizeName(d.declaration.name));
      set(e.props, "description", d.declaration.description);
      set(e.props, "createdFrom", d.declaration.sourceSlug);
      cited(e.props);
    } else if (kind === "event") {
      const ev = this.find("Event", key);
      if (ev) {
        for (const field of EVENT_VALUE_FIELDS) set(ev.props, field, v[field]);
        setDates(ev.props, v, ["dateStart", "dateEnd"]);
        set(ev.props, "quote", v.statementQuote);
        set(ev.props, "disputed", d.disputed);
        cited(ev.props);
        this.writeDerivedEdgeValues(ev, d);
      }
    } else if (kind === "metric") {
      const m = this.find("Metric", key);
      if (!m) return;
      set(m.props, "value", v.value);
      set(m.props, "qualifier", v.qualifier ?? "EXACT");
      set(m.props, "unit", v.unit ?? m.props.unit);
      for (const field of ["currency", "certainty", "dateText", "datePrecision"]) set(m.props, field, v[field]);
      setDates(m.props, v, ["dateStart", "dateEnd"]);
      set(m.props, "disputed", d.disputed);
      cited(m.props);
    } else if (kind === "rel") {
      const [type, from, to] = key.split("|");
      const edge = this.edgesByKey.get(`${type}|${key}|${from}|${to}`);
      if (!edge) return;
      for (const field of ["certainty", "dateText", "datePrecision", "endDateText", "endDatePrecision", "focus"])
        set(edge.props, field, v[field]);
      setDates(edge.props, v, ["dateStart", "dateEnd", "endDateStart", "endDateEnd"]);
      set(edge.props, "disputed", d.disputed);
      cited(edge.props);
    }
  }

  /** load-derived-edge-values: the edges an event's participants hold with `eventSlug` naming it. */
  private writeDerivedEdgeValues(event: GraphNode, d: Arbitrated): void {
    const participants = this.participantsOf.get(event) ?? new Set<GraphNode>();
    const v = d.values;
    for (const r of this.edgesByEvent.get(event.id) ?? []) {
      if (r.props.eventSlug !== event.id || !participants.has(r.from)) continue;
      for (const field of ["certainty", "dateText", "datePrecision", "round", "amount", "currency", "valuation", "valuationCurrency"])
        set(r.props, field, v[field]);
      setDates(r.props, v, ["dateStart", "dateEnd"]);
      set(r.props, "title", v.jobTitle);
      set(r.props, "kind", v.legalKind);
      set(r.props, "disputed", d.disputed);
      set(r.props, "citationSources", d.citationSources);
      set(r.props, "citationQuotes", d.citationQuotes);
    }
  }
}

/**
 * The event's stored properties copied as they come (projection.ts lists them for the readers); the
 * key and uid, the dates (converted), the quote (a claim's `statementQuote`) and `disputed` are
 * written apart.
 */
const WRITTEN_APART: readonly string[] = ["uid", "slug", "dateStart", "dateEnd", "quote", "disputed"];
const EVENT_FIELDS = EVENT_PROPERTIES.filter((p) => !WRITTEN_APART.includes(p));
const EVENT_VALUE_FIELDS = EVENT_FIELDS.filter((f) => f !== "type");

/** Cypher's SET: a null (or a missing field) removes the property. */
function set(props: Properties, field: string, value: unknown): void {
  if (value === null || value === undefined) delete props[field];
  else props[field] = value as PropertyValue;
}

function setDates(props: Properties, from: Record<string, unknown>, fields: string[]): void {
  for (const field of fields) {
    const value = from[field];
    set(props, field, typeof value === "string" ? new CypherDate(value) : null);
  }
}
