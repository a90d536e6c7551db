import { Logger } from "../common/logger";

interface Tally {
  /** Refusals not logged one by one in this interval. */
  suppressed: number;
  byCode: Record<string, number>;
}

/** Clients tracked per interval; past this, their refusals are tallied under one "(others)" entry. */
const MAX_CLIENTS = 10_000;

/**
 * Keeps a refusing flood out of the log: per client and interval, the first refused request is
 * logged in full (its request line), the others are counted and written as one "refusals" summary
 * line per client at the end of the interval: `{client, refused, byCode, intervalSeconds}`.
 */
export class RefusalLog {
  private tallies = new Map<string, Tally>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {
    this.timer = setInterval(() => this.flush(), intervalMs);
    this.timer.unref();
  }

  /** Notes a refused request; true when it is the client's first in this interval (log it in full). */
  note(client: string, codes: string[]): boolean {
    const key = this.tallies.has(client) || this.tallies.size < MAX_CLIENTS ? client : "(others)";
    const tally = this.tallies.get(key);
    if (!tally) {
      this.tallies.set(key, { suppressed: 0, byCode: {} });
      return key === client;
    }
    tally.suppressed += 1;
    for (const code of codes.length > 0 ? codes : ["(none)"]) tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
    return false;
  }

  /** Writes the interval's summaries and starts a new interval. */
  flush(): void {
    const tallies = this.tallies;
    this.tallies = new Map();
    for (const [client, tally] of tallies) {
      if (tally.suppressed === 0) continue;
      this.logger.warn("refusals", { client, refused: tally.suppressed, byCode: tally.byCode, intervalSeconds: this.intervalMs / 1000 });
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
