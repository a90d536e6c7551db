import { dataOf, startTestApi, TestApi } from "../helpers/api";
import { MAX_SINGLE_DATE_DAYS } from "../../src/common/partial-date";

// Issue 16: a timeline window (`from` and `to`) is read from an index range that starts
// MAX_SINGLE_DATE_DAYS before `from`, plus the intervals that start earlier (list-events.cypher).
// Every window here is answered by the API and worked out from the whole timeline in the test: the
// same count, the same events in the same order, page by page and in both directions.

interface TimelineEvent {
  slug: string;
  type: string;
  date: { precision: string; start: string; end: string };
}

const DAY_MS = 86_400_000;
const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS;

interface Window {
  from: string;
  to: string;
  types?: string[];
}

describe("a timeline window holds every event that overlaps it, intervals that start long before included", () => {
  let t: TestApi;
  let all: TimelineEvent[];

  beforeAll(async () => {
    t = await startTestApi();
    const data = await dataOf<{ events: { totalCount: number; nodes: TimelineEvent[] } }>(
      t,
      `{ events(first: 100) { totalCount nodes { slug type date { precision start end } } } }`,
    );
    all = data.events.nodes;
    expect(all.length).toBeGreaterThan(20);
    expect(all.length).toBeLessThan(100);
  });
  afterAll(async () => t?.close());

  const expected = (w: Window, descending: boolean) => {
    const inside = all.filter((e) => e.date.end >= w.from && e.date.start <= w.to && (!w.types || w.types.includes(e.type)));
    inside.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.slug < b.slug ? -1 : 1));
    return (descending ? inside.reverse() : inside).map((e) => e.slug);
  };

  /** The window's events as the API pages them, two at a time. */
  const paged = async (w: Window, descending: boolean) => {
    const slugs: string[] = [];
    const counts = new Set<number>();
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data: {
        events: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { slug: string }[] };
      } = await dataOf(
        t,
        `query ($filter: EventFilter, $orderBy: EventOrder, $after: String) {
            events(filter: $filter, orderBy: $orderBy, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } }
          }`,
        { filter: w, orderBy: { direction: descending ? "DESC" : "ASC" }, after },
      );
      counts.add(data.events.totalCount);
      slugs.push(...data.events.nodes.map((n) => n.slug));
      if (!data.events.pageInfo.hasNextPage) break;
      after = data.events.pageInfo.endCursor;
    }
    return { slugs, counts: [...counts] };
  };

  /** Windows that only the intervals' own index reaches: they open after an interval's first year. */
  const longIntervalWindows = (): Window[] =>
    all
      .filter((e) => e.date.precision === "INTERVAL" && daysBetween(e.date.start, e.date.end) > MAX_SINGLE_DATE_DAYS + 30)
      .map((e) => ({ from: addDays(e.date.start, MAX_SINGLE_DATE_DAYS + 10), to: addDays(e.date.start, MAX_SINGLE_DATE_DAYS + 40) }));

  it("the seeds hold intervals longer than a year, so the windows below reach them", () => {
    expect(longIntervalWindows().length).toBeGreaterThan(0);
  });

  const fixedWindows: Window[] = [
    { from: "2024-01-01", to: "2024-12-31" },
    { from: "2024-11-01", to: "2024-11-30" },
    { from: "2025-01-01", to: "2025-06-30" },
    { from: "2024-06-01", to: "2024-06-01" },
    { from: "2024-01-01", to: "2025-12-31", types: ["FUNDING_ROUND", "LEGAL_ACTION"] },
    { from: "2024-12-01", to: "2025-03-31", types: ["LEGAL_ACTION"] },
  ];

  it.each([false, true])("answers each window as the whole timeline says (descending %s)", async (descending) => {
    const windows = [...fixedWindows, ...longIntervalWindows(), ...longIntervalWindows().map((w) => ({ ...w, types: ["LEGAL_ACTION"] }))];
    let longIntervalsSeen = 0;
    for (const w of windows) {
      const want = expected(w, descending);
      const got = await paged(w, descending);
      expect({ window: w, ...got }).toEqual({ window: w, slugs: want, counts: [want.length] });
      longIntervalsSeen += all.filter(
        (e) => want.includes(e.slug) && e.date.precision === "INTERVAL" && daysBetween(e.date.start, w.from) > MAX_SINGLE_DATE_DAYS,
      ).length;
    }
    // Some windows hold an interval that began more than MAX_SINGLE_DATE_DAYS before them.
    expect(longIntervalsSeen).toBeGreaterThan(0);
  });
});
