import { normalizeName } from "../../common/normalize";

/** Characters the Lucene classic query parser gives a meaning to (`&&` and `||` are covered by `&` and `|`). */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATOR = /^(AND|OR|NOT)$/;
/** Scripts the CJK analyzer splits into bigrams: such terms must be analyzed, never fuzzed as one token. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Terms shorter than this match exactly; fuzzy short terms match too much (`ai~` finds `a`, `al`, `api`...). */
const FUZZY_MIN_LENGTH = 4;
/** Long queries gain nothing from more terms and cost fuzzy expansions; the rest is ignored. */
const MAX_TERMS = 16;

/** Escapes one term so the query parser reads it as text: every special character, and the words AND/OR/NOT. */
export function escapeLucene(term: string): string {
  const escaped = term.replace(SPECIAL, (c) => `\\${c}`);
  return OPERATOR.test(escaped) ? `\\${escaped}` : escaped;
}

/**
 * The full-text query for a user's search text: normalized like the indexed names (case, accents,
 * punctuation), each term escaped; Latin terms of 4+ characters are fuzzy (one edit, two from 8
 * characters) so small typos still match; CJK terms go through the analyzer, which makes bigrams.
 * Terms are OR-ed, so more matching words score higher. Null when nothing searchable is left.
 */
export function luceneQuery(text: string): string | null {
  const terms = normalizeName(text).split(" ").filter(Boolean).slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const escaped = escapeLucene(term);
      if (CJK.test(term) || [...term].length < FUZZY_MIN_LENGTH) return escaped;
      return `${escaped}~${[...term].length >= 8 ? 2 : 1}`;
    })
    .join(" ");
}
