/**
 * Dates with a precision, as sources state them: "2024-12-05" (day), "2024-10" (month), "2024-Q2",
 * "2024-H2", "2024", or an interval "A/B" of two of those. Each has a first and last day, so a
 * month-precision fact matches a day-precision filter inside that month.
 */
export type DatePrecision = "DAY" | "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR" | "INTERVAL";

export interface ParsedPartialDate {
  text: string;
  precision: DatePrecision;
  /** First day covered, ISO yyyy-mm-dd. */
  start: string;
  /** Last day covered, ISO yyyy-mm-dd. */
  end: string;
}

/**
 * The most days any date but an interval covers, from its first day to its last (a leap year's 365
 * days apart, rounded up): the timeline bounds its index range with it (list-events.cypher).
 */
export const MAX_SINGLE_DATE_DAYS = 366;

const SINGLE = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?|Q([1-4])|H([12])))?$/;

export function parsePartialDate(text: string): ParsedPartialDate | null {
  if (text.includes("/")) {
    const [from, to, ...rest] = text.split("/");
    const a = parseSingle(from);
    const b = parseSingle(to);
    if (rest.length > 0 || !a || !b || a.start > b.end) return null;
    return { text, precision: "INTERVAL", start: a.start, end: b.end };
  }
  return parseSingle(text);
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

function parseSingle(text: string): ParsedPartialDate | null {
  const m = SINGLE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const [, , month, day, quarter, half] = m;
  if (day) {
    const iso = `${m[1]}-${month}-${day}`;
    if (new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso) return null;
    return { text, precision: "DAY", start: iso, end: iso };
  }
  if (month) return span(text, "MONTH", year, Number(month), 1);
  if (quarter) return span(text, "QUARTER", year, (Number(quarter) - 1) * 3 + 1, 3);
  if (half) return span(text, "HALF_YEAR", year, (Number(half) - 1) * 6 + 1, 6);
  return span(text, "YEAR", year, 1, 12);
}

function span(text: string, precision: DatePrecision, year: number, firstMonth: number, months: number): ParsedPartialDate {
  const start = new Date(Date.UTC(year, firstMonth - 1, 1));
  const end = new Date(Date.UTC(year, firstMonth - 1 + months, 0));
  return { text, precision, start: iso(start), end: iso(end) };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
