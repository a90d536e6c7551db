/**
 * The form names are compared and indexed in: Unicode-compatible (full-width to half-width),
 * accents removed, lower case, punctuation as spaces, whitespace collapsed. Chinese is unchanged.
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
