import { BadUserInputError } from "../../common/errors";
import { normalizeName } from "../../common/normalize";
import { EntityListFilter } from "./entity-list.args";

/** How deep AND/OR/NOT may nest (`filter.OR[0].NOT` is depth 2). */
export const MAX_FILTER_DEPTH = 4;
/** How many alternatives (OR branches, once NOT is pushed inwards) a filter may expand to. */
export const MAX_FILTER_ALTERNATIVES = 64;
const MAX_NAME_CONTAINS = 200;

/** One condition on an entity, as the list query's `$where` parameter evaluates it. */
export interface FilterCondition {
  kind: "KINDS" | "NAME" | "RELATIONSHIP";
  /** Entity kinds (KINDS) or relationship types (RELATIONSHIP). */
  values: string[] | null;
  /** Normalized name text (NAME). */
  text: string | null;
  /** OUTGOING, INCOMING or null for either end (RELATIONSHIP). */
  direction: string | null;
  /** True when the condition must not hold. */
  negated: boolean;
}

/** Alternatives of which at least one must hold; each holds when all its conditions do. */
export type FilterAlternatives = FilterCondition[][];

type Expression =
  | { op: "and" | "or"; items: Expression[] }
  | { op: "not"; item: Expression }
  | { op: "condition"; condition: Omit<FilterCondition, "negated"> };

/**
 * The AND/OR/NOT parts of an entity-list filter as alternatives of conditions (disjunctive normal
 * form, NOT pushed down to the conditions): one fixed Cypher predicate evaluates any such list, so
 * a nested filter changes only a parameter, never the query text. Null when the filter has none.
 * The filter's own fields (kinds, nameContains, hasRelationship) keep their plain parameters.
 */
export function compileLogicalFilter(filter: EntityListFilter | null | undefined): FilterAlternatives | null {
  if (!filter) return null;
  const items = logicalParts(filter, "filter", 0);
  if (items.length === 0) return null;
  return alternatives({ op: "and", items }, false);
}

/** The normalized `nameContains` text, or null for no condition. */
export function nameContainsText(text: string | null | undefined, path = "filter"): string | null {
  if (text == null) return null;
  if (text.length > MAX_NAME_CONTAINS)
    throw new BadUserInputError(`${path}.nameContains`, `must be at most ${MAX_NAME_CONTAINS} characters; got ${text.length}.`);
  const normalized = normalizeName(text);
  if (normalized === "") throw new BadUserInputError(`${path}.nameContains`, "must contain a letter, digit or ideograph.");
  return normalized;
}

/** Every condition of a nested filter: its own fields and its AND/OR/NOT, all of which must hold. */
function whole(filter: EntityListFilter, path: string, depth: number): Expression {
  const items: Expression[] = [];
  if (filter.kinds?.length) items.push(condition("KINDS", { values: filter.kinds }));
  const text = nameContainsText(filter.nameContains, path);
  if (text !== null) items.push(condition("NAME", { text }));
  if (filter.hasRelationship?.length)
    items.push(condition("RELATIONSHIP", { values: filter.hasRelationship, direction: filter.hasRelationshipDirection ?? null }));
  return { op: "and", items: [...items, ...logicalParts(filter, path, depth)] };
}

/** A filter's AND, OR and NOT; an empty AND or OR list is no condition, like an empty `kinds`. */
function logicalParts(filter: EntityListFilter, path: string, depth: number): Expression[] {
  const parts: Expression[] = [];
  const nested = (name: string, index?: number) => {
    const at = `${path}.${name}${index === undefined ? "" : `[${index}]`}`;
    if (depth + 1 > MAX_FILTER_DEPTH)
      throw new BadUserInputError(`${path}.${name}`, `nests AND/OR/NOT deeper than ${MAX_FILTER_DEPTH} levels.`);
    return at;
  };
  if (filter.AND?.length) parts.push({ op: "and", items: filter.AND.map((f, i) => whole(f, nested("AND", i), depth + 1)) });
  if (filter.OR?.length) parts.push({ op: "or", items: filter.OR.map((f, i) => whole(f, nested("OR", i), depth + 1)) });
  if (filter.NOT) parts.push({ op: "not", item: whole(filter.NOT, nested("NOT"), depth + 1) });
  return parts;
}

function condition(kind: FilterCondition["kind"], fields: Partial<Omit<FilterCondition, "kind" | "negated">>): Expression {
  return { op: "condition", condition: { kind, values: null, text: null, direction: null, ...fields } };
}

/** `expression` (negated when asked) as alternatives: De Morgan for NOT, distribution for AND over OR. */
function alternatives(expression: Expression, negated: boolean): FilterAlternatives {
  switch (expression.op) {
    case "condition":
      return [[{ ...expression.condition, negated }]];
    case "not":
      return alternatives(expression.item, !negated);
    default: {
      const parts = expression.items.map((item) => alternatives(item, negated));
      // Negation swaps the connectives: NOT (a AND b) = NOT a OR NOT b.
      return (expression.op === "and") !== negated ? parts.reduce(product, [[]]) : bounded(parts.flat());
    }
  }
}

/** Every way to pick one alternative of `left` and one of `right`, all conditions of both holding. */
function product(left: FilterAlternatives, right: FilterAlternatives): FilterAlternatives {
  return bounded(left.flatMap((a) => right.map((b) => [...a, ...b])));
}

function bounded(result: FilterAlternatives): FilterAlternatives {
  if (result.length > MAX_FILTER_ALTERNATIVES)
    throw new BadUserInputError(
      "filter",
      `expands to more than ${MAX_FILTER_ALTERNATIVES} alternatives (each OR multiplies the alternatives of the conditions it is combined with); simplify it.`,
    );
  return result;
}
