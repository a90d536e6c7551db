import { newNodeUid } from "../../src/common/global-id";
import { GraphDatabase } from "../../src/db/graph-database";

/** Every source's text by slug, to check that a citation's quote appears verbatim in its source. */
export async function sourceTextsBySlug(db: GraphDatabase): Promise<Map<string, string>> {
  const rows = await db.runStatement("MATCH (s:Source) RETURN s.slug AS slug, s.text AS text", {}, "READ");
  return new Map(rows.map((r) => [r.slug as string, r.text as string]));
}

/** The slugs of a pair made by createMetricAliasPair. */
export interface MetricAliasPair {
  subject: string;
  reporter: string;
  metric: string;
}

/**
 * Two temporary organizations joined only through what a traversal must never cross: a metric of
 * one reported by the other (HAS_METRIC, REPORTED_BY) and one alias node naming both (ALIAS_OF).
 * `prefix` keeps each test file's slugs apart; `title` starts their names.
 */
export async function createMetricAliasPair(db: GraphDatabase, prefix: string, title: string): Promise<MetricAliasPair> {
  const pair = { subject: `${prefix}-metric-subject`, reporter: `${prefix}-metric-reporter`, metric: `${prefix}-metric` };
  const names = { subject: `${title} Subject`, reporter: `${title} Reporter`, alias: `${title} Shared` };
  await db.runStatement(
    `CREATE (a:Entity:Organization {uid: $uids.subject, slug: $subject, name: $names.subject, sortName: toLower($names.subject), type: 'ORGANIZATION', kinds: ['STARTUP'], citationSources: [], citationQuotes: []})
     CREATE (b:Entity:Organization {uid: $uids.reporter, slug: $reporter, name: $names.reporter, sortName: toLower($names.reporter), type: 'ORGANIZATION', kinds: ['DATA_PROVIDER'], citationSources: [], citationQuotes: []})
     CREATE (a)-[:HAS_METRIC]->(:Metric {uid: $uids.metric, slug: $metric, name: 'users', value: 1, citationSources: [], citationQuotes: []})-[:REPORTED_BY]->(b)
     CREATE (al:Alias {entitySlug: $subject, name: $names.alias, normalized: toLower($names.alias), language: 'en', isName: false})
     CREATE (al)-[:ALIAS_OF]->(a)
     CREATE (al)-[:ALIAS_OF]->(b)`,
    // Uids as a seed would give them, so that tests name the pair by seededGlobalId.
    {
      ...pair,
      names,
      uids: {
        subject: newNodeUid("Entity", pair.subject),
        reporter: newNodeUid("Entity", pair.reporter),
        metric: newNodeUid("Metric", pair.metric),
      },
    },
  );
  return pair;
}

/** Deletes a pair made by createMetricAliasPair with everything attached to it. */
export async function removeMetricAliasPair(db: GraphDatabase, pair: MetricAliasPair): Promise<void> {
  await db.runStatement("MATCH (n) WHERE n.slug IN $slugs OR n.entitySlug = $subject DETACH DELETE n", {
    slugs: [pair.subject, pair.reporter, pair.metric],
    subject: pair.subject,
  });
}

/**
 * For the tests that a traversal reads only what an operation selects (traversal-projection.ts): the
 * fields, under aliases starting with `zz`, that make howConnected or neighborhood read every node
 * (`nodes`) and relationship (`relationships`: `steps` or `edges`) whole. Asked with and without
 * them, a selection must answer the same, once they are taken out (withoutForcedFields).
 */
export const forceWholeRead = (relationships: "steps" | "edges") =>
  `zzNodes: nodes { ... on Entity { aliases { name } citations { quote } description version } ... on Event { citations { quote } } }
  zzRelationships: ${relationships} { certainty }`;

/** An answer without the fields forceWholeRead added. */
export const withoutForcedFields = (value: any): any =>
  Array.isArray(value)
    ? value.map(withoutForcedFields)
    : value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (k.startsWith("zz") ? [] : [[k, withoutForcedFields(v)]])))
      : value;

/** A fragment on every node kind a traversal returns, selecting aliases, citations and dates. */
export const NODE_FRAGMENT = `fragment N on Node { id ... on Organization { aliases { name } description } ... on Person { name } ... on Event { title date { text } citations { quote } certainty } }`;
