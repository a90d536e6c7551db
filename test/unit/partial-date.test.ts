import { MAX_SINGLE_DATE_DAYS, parsePartialDate } from "../../src/common/partial-date";

const days = (start: string, end: string) => (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;

describe("partial dates", () => {
  it.each([
    ["2024-12-05", "DAY", "2024-12-05", "2024-12-05"],
    ["2024-02", "MONTH", "2024-02-01", "2024-02-29"],
    ["2023-Q4", "QUARTER", "2023-10-01", "2023-12-31"],
    ["2024-H1", "HALF_YEAR", "2024-01-01", "2024-06-30"],
    ["2024", "YEAR", "2024-01-01", "2024-12-31"],
    ["2023/2024-10", "INTERVAL", "2023-01-01", "2024-10-31"],
  ])("%s is %s from %s to %s", (text, precision, start, end) => {
    expect(parsePartialDate(text)).toEqual({ text, precision, start, end });
  });

  it.each(["2024-13", "2024-02-30", "2024-Q5", "2025/2024", "2024/2025/2026", "24"])("refuses %s", (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  // The timeline bounds its index range with MAX_SINGLE_DATE_DAYS (list-events.cypher): a date that
  // is not an interval must never cover more.
  it("no date but an interval covers more than MAX_SINGLE_DATE_DAYS", () => {
    const texts = ["2023", "2024", "2024-H2", "2024-Q1", "2024-01", "2024-12-31"];
    for (const text of texts) {
      const parsed = parsePartialDate(text)!;
      expect(days(parsed.start, parsed.end)).toBeLessThanOrEqual(MAX_SINGLE_DATE_DAYS);
    }
    const interval = parsePartialDate("2023/2024")!;
    expect(days(interval.start, interval.end)).toBeGreaterThan(MAX_SINGLE_DATE_DAYS);
  });
});
