import { CypherFamily, generatedQuery } from "../db/cypher-files";
import { DERIVED_RELATIONSHIP_TYPES, ENTITY_LABELS, EVENT_LABELS, RELATIONSHIP_TYPES } from "../common/vocabulary";

// The load statements write a label or relationship type as static Cypher, because Neo4j plans
// `$(expr)` labels and types with Eager operators and without the type in the expand. Each is a
// template in cypher/templates/ generated once per value of the vocabulary's whitelist
// (`npm run cypher:generate`), e.g. cypher/queries/generated/load-relationships.INVESTED_IN.cypher;
// the loader only picks the file of a row's label or type.

const ENTITY_LABEL_NAMES: readonly string[] = Object.values(ENTITY_LABELS);
const EVENT_LABEL_NAMES: readonly string[] = Object.values(EVENT_LABELS);

/** The load templates that vary by label or type, the placeholder each fills and the values it may take. */
const PER_VALUE = {
  "load-entities": { placeholder: "LABEL", values: ENTITY_LABEL_NAMES },
  "load-entities-new": { placeholder: "LABEL", values: ENTITY_LABEL_NAMES },
  "load-relationships-new": { placeholder: "TYPE", values: DERIVED_RELATIONSHIP_TYPES },
  "load-events": { placeholder: "LABEL", values: EVENT_LABEL_NAMES },
  "load-relationships": { placeholder: "TYPE", values: RELATIONSHIP_TYPES },
  "load-relationship-values": { placeholder: "TYPE", values: RELATIONSHIP_TYPES },
  "load-derived-edge-values-by-key": { placeholder: "TYPE", values: DERIVED_RELATIONSHIP_TYPES },
} as const;

export type PerValueLoad = keyof typeof PER_VALUE;

/** One generated file per template and value: the whitelist `npm run cypher:generate` writes. */
export const LOAD_QUERIES: CypherFamily[] = Object.entries(PER_VALUE).map(([template, { placeholder, values }]) => ({
  template,
  variants: values.map((value) => ({ name: value, view: { [placeholder]: value } })),
}));

/** The generated load statement of `template` for a row's label or type; a value outside the vocabulary is a programming error. */
export function loadQueryName(template: PerValueLoad, value: unknown): string {
  const allowed: readonly string[] = PER_VALUE[template].values;
  if (typeof value !== "string" || !allowed.includes(value))
    throw new Error(`Seed loader: ${String(value)} is not one of ${allowed.join(", ")}`);
  return generatedQuery(template, value);
}

/** The generated load statements of `template`, one per label or type, for planning them ahead. */
export function loadQueryNames(template: PerValueLoad): string[] {
  return PER_VALUE[template].values.map((value) => generatedQuery(template, value));
}
