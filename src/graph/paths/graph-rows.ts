import { ApiError, BadUserInputError, ErrorCode } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { Certainty, ParticipantRole } from "../../common/enums";
import { PartialDate, partialDateFrom } from "../../common/partial-date.type";
import { entityFromRow } from "../entity/entity.type";
import { Event, eventFromRow } from "../event/event.type";
import { Metric, metricFromRow } from "../metric/metric.type";
import { Node } from "../node/node.type";
import { Citation, citationsFrom } from "../source/citation.type";
import { Source, sourceFromRow } from "../source/source.type";
import { jobTitles } from "../relationship/relationship.type";

// Shared by howConnected and neighborhood: both walk the same part of the graph (entities, events,
// the relationships between entities and event participation) and read the same row shapes.

type Row = Record<string, unknown>;

/** A node as the traversal queries return it: an entity projection or an event's properties. */
export interface GraphNodeRow {
  entity?: Row | null;
  event?: Row | null;
  /** Only from a neighbourhood that includes metrics. */
  metric?: Row | null;
  /** Only from a neighbourhood that includes sources. */
  source?: Row | null;
}

/** A relationship as the traversal queries return it: its type and its stored properties. */
export interface GraphRelationshipRow {
  type: string;
  properties: Row;
}

/** A traversal endpoint named by an argument: its storage kind, and its uid or (an old-format id) its slug. */
export interface NodeRef {
  kind: "Entity" | "Event";
  slug: string | null;
  uid: string | null;
}

/** A well-formed id whose entity or event does not exist; names the argument it came from. */
export class NodeArgumentNotFoundError extends ApiError {
  constructor(argument: string, id: string) {
    super(ErrorCode.NOT_FOUND, `Argument "${argument}": no entity or event with id "${id}".`, { argument, id });
  }
}

/** Decodes an entity or event global id, or fails naming the argument (other ids cannot be traversed). */
export function parseNodeArgument(argument: string, id: string): NodeRef {
  const parsed = fromGlobalId(id);
  if (!parsed) throw new BadUserInputError(argument, `is not a valid global id: "${id}".`);
  if (parsed.kind !== "Entity" && parsed.kind !== "Event") {
    throw new BadUserInputError(argument, `must be the id of an entity or an event; got the id of a ${parsed.kind}.`);
  }
  return { kind: parsed.kind, slug: parsed.legacySlug ?? null, uid: parsed.uid ?? null };
}

/** Whether two endpoints are named alike (the same node, when both ids are of one format). */
export function sameNodeRef(a: NodeRef, b: NodeRef): boolean {
  return a.kind === b.kind && a.slug === b.slug && a.uid === b.uid;
}

/** Query parameters `<prefix>Entity[Uid]` / `<prefix>Event[Uid]`: the slug or uid under its kind, null elsewhere. */
export function endpointParams(prefix: string, ref: NodeRef): Record<string, string | null> {
  const of = (kind: NodeRef["kind"], key: string | null) => (ref.kind === kind ? key : null);
  return {
    [`${prefix}Entity`]: of("Entity", ref.slug),
    [`${prefix}EntityUid`]: of("Entity", ref.uid),
    [`${prefix}Event`]: of("Event", ref.slug),
    [`${prefix}EventUid`]: of("Event", ref.uid),
  };
}

/** A node row as its GraphQL object (an Organization, Person, Product, Market or Event subtype). */
export function nodeFromRow(row: GraphNodeRow): Node {
  if (row.entity) return entityFromRow(row.entity);
  if (row.event) return eventFromRow(row.event);
  if (row.metric) return metricFromRow(row.metric);
  if (row.source) return sourceFromRow(row.source);
  throw new Error("Traversal row is neither an entity, an event, a metric nor a source");
}

/** A key unique across entities, events, metrics and sources (their slugs live in separate namespaces). */
export function nodeKey(kind: "Entity" | "Event" | "Metric" | "Source", slug: string): string {
  return `${kind}:${slug}`;
}

export function keyOfNode(node: Node): string {
  return nodeKey(
    node instanceof Event ? "Event" : node instanceof Metric ? "Metric" : node instanceof Source ? "Source" : "Entity",
    (node as unknown as { slug: string }).slug,
  );
}

/** What a relationship says, whichever kind it is. */
export interface RelationshipFacts {
  relationship: string;
  date: PartialDate | null;
  certainty: Certainty | null;
  citations: Citation[];
  role: ParticipantRole | null;
  title: string | null;
  jobTitle: string | null;
  /** The event the relationship runs through (participation) or was derived from. */
  eventSlug: string | null;
  event: Event | null;
  /** True when the fact behind the relationship is disputed (the same flag `Relationship.disputed` shows). */
  disputed: boolean;
  /** Where the claims of the fact behind the relationship are filed (see docs/claims.md); null when it has none. */
  factKey: string | null;
}

/**
 * The facts of one relationship. Participation (`PARTICIPATED_IN {role}`) stores nothing but the
 * role: its date, certainty and evidence are those of the event it points at, which the caller
 * passes in (it is always the other end of the step or edge). A metric's edges (`HAS_METRIC`,
 * `REPORTED_BY`) are the metric's fact: its claims and disputed flag, from the metric end.
 */
export function relationshipFacts(
  rel: GraphRelationshipRow,
  participationEvent: Event | null,
  metric: Metric | null = null,
): RelationshipFacts {
  const p = rel.properties;
  const eventSlug = (p.eventSlug as string | undefined) ?? null;
  const key = typeof p.key === "string" ? p.key : null;
  if (rel.type === "PARTICIPATED_IN" && participationEvent) {
    return {
      relationship: rel.type,
      date: participationEvent.date,
      certainty: participationEvent.certainty,
      citations: participationEvent.citations,
      role: (p.role as ParticipantRole | undefined) ?? null,
      ...jobTitles(null),
      eventSlug: participationEvent.slug,
      event: participationEvent,
      disputed: participationEvent.disputed,
      factKey: `event:${participationEvent.slug}`,
    };
  }
  // Same rule as the Relationship edges (edgeBase): a derived edge shares its event's claims.
  const factKey = metric ? `metric:${metric.slug}` : eventSlug ? `event:${eventSlug}` : key ? `rel:${key}` : null;
  return {
    relationship: rel.type,
    date: partialDateFrom(p),
    certainty: (p.certainty as Certainty | undefined) ?? null,
    citations: citationsFrom(p),
    role: null,
    ...jobTitles((p.title as string | undefined) ?? null),
    eventSlug,
    event: null,
    disputed: metric ? metric.disputed : p.disputed === true,
    factKey,
  };
}
