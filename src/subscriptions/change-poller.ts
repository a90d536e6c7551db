import { Repeater } from "@graphql-yoga/subscription";
import { ApiError, ErrorCode } from "../common/errors";
import { Logger } from "../common/logger";
import { GraphDatabase } from "../db/graph-database";
import { latestChangeSeq, pollChanges } from "../graph/change/change.repository";
import { Change } from "../graph/change/change.type";

export interface ChangePollerSettings {
  /** How often Neo4j is asked for new changes while anyone subscribes, in ms (CHANGE_POLL_MS). */
  intervalMs: number;
  /** Open subscriptions per API key, or per client address for anonymous callers (MAX_SUBSCRIPTIONS_PER_KEY). */
  maxPerClient: number;
}

/** Rows read per query; a subscriber further behind catches up over several ticks. */
const BATCH = 200;

interface Subscriber {
  client: string;
  /** Highest seq this subscriber has been shown or had filtered out: the next push is after it. */
  cursor: number;
  operations: Set<string> | null;
  push: (change: Change) => void;
}

/**
 * One per API instance: while anyone subscribes, it reads the changes committed since its last read
 * from Neo4j every `intervalMs` and hands each to the subscribers that want it, so a change written
 * through any instance on the same database reaches every instance's subscribers. Sequence numbers
 * are taken under the counter's write lock and committed in that order, so "seq > head" never skips
 * a change that commits later. A subscriber that starts behind the head (a cursor from the `changes`
 * query) first catches up from its own position, capped at the head, then joins the live stream:
 * no gap and no duplicate. Ticks never overlap; `nudge()` (after a local write) runs one at once.
 */
export class ChangePoller {
  private readonly subscribers = new Set<Subscriber>();
  private readonly perClient = new Map<string, number>();
  /** Highest seq read by the live stream; null until the first tick after start. */
  private head: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: GraphDatabase,
    private readonly logger: Logger,
    readonly settings: ChangePollerSettings,
  ) {}

  /**
   * The changes after `after` (or, when null, after the latest committed one) as they commit, only
   * `operations` when given. Refused with TOO_MANY_SUBSCRIPTIONS when `client` has its maximum open.
   */
  async subscribe(client: string, after: number | null, operations: string[] | null): Promise<AsyncIterableIterator<Change>> {
    if (this.stopped) throw new ApiError(ErrorCode.SERVICE_UNAVAILABLE, "The server is shutting down; subscribe again shortly.");
    this.reserve(client);
    let released = false;
    const release = () => {
      if (!released) this.release(client);
      released = true;
    };
    let cursor: number;
    try {
      cursor = after ?? (await latestChangeSeq(this.db));
    } catch (error) {
      release();
      throw error;
    }
    const subscriber: Subscriber = { client, cursor, operations: operations ? new Set(operations) : null, push: () => undefined };
    const changes = new Repeater<Change>(async (push, stop) => {
      subscriber.push = (change) => {
        try {
          void push(change);
        } catch {
          // Repeater holds at most 1024 pushes the client has not taken; past that, end it cleanly.
          stop(
            new ApiError(
              ErrorCode.SUBSCRIBER_TOO_SLOW,
              "This subscription fell too far behind; subscribe again `after` the last seq received.",
            ),
          );
        }
      };
      this.subscribers.add(subscriber);
      this.schedule(0);
      await stop;
      this.subscribers.delete(subscriber);
      release();
      if (this.subscribers.size === 0) this.pause();
    });
    // A repeater that is returned before its first `next` never runs its executor (graphql-ws does
    // that when the client completes while the cursor is being read): release the slot here too.
    const iterator: AsyncIterableIterator<Change> = {
      next: () => changes.next(),
      return: (value?: Change | PromiseLike<Change>) => {
        release();
        return changes.return(value);
      },
      throw: (error?: unknown) => changes.throw(error),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Polls now instead of at the next interval (a write committed through this instance). */
  nudge(): void {
    if (this.subscribers.size > 0) this.schedule(0);
  }

  /** Open subscriptions, per client identity (for tests and the log). */
  openSubscriptions(client: string): number {
    return this.perClient.get(client) ?? 0;
  }

  /** Stops polling for good; the WebSocket server ends the subscriptions themselves. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.pause();
    await this.running;
  }

  private reserve(client: string): void {
    const open = this.perClient.get(client) ?? 0;
    const max = this.settings.maxPerClient;
    if (open >= max) {
      throw new ApiError(
        ErrorCode.TOO_MANY_SUBSCRIPTIONS,
        `This client has ${open} subscriptions open, the most allowed (MAX_SUBSCRIPTIONS_PER_KEY=${max}); complete one first.`,
        { limit: max },
      );
    }
    this.perClient.set(client, open + 1);
  }

  private release(client: string): void {
    const open = (this.perClient.get(client) ?? 1) - 1;
    if (open <= 0) this.perClient.delete(client);
    else this.perClient.set(client, open);
  }

  private pause(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // The next start reads the head afresh rather than everything written while nobody listened.
    this.head = null;
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.subscribers.size === 0) return;
    if (this.running) {
      if (delayMs === 0) this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick().finally(() => {
        this.running = null;
        const now = this.again;
        this.again = false;
        this.schedule(now ? 0 : this.settings.intervalMs);
      });
    }, delayMs);
    // Shutdown stops the poller explicitly; a forgotten one must not keep the process alive.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const head = this.head ?? (await latestChangeSeq(this.db));
      await this.catchUp(head);
      const newHead = await this.readLive(head);
      if (this.subscribers.size > 0) this.head = newHead;
    } catch (error) {
      // Neo4j unreachable or a timeout: subscribers keep their positions and the next tick retries.
      this.logger.warn("change poll failed", { detail: String(error) });
    }
  }

  /** Subscribers behind `head` read their own way up to it (one batch each per tick). */
  private async catchUp(head: number): Promise<void> {
    for (const subscriber of [...this.subscribers]) {
      if (subscriber.cursor >= head) continue;
      const operations = subscriber.operations ? [...subscriber.operations] : null;
      const rows = await pollChanges(this.db, subscriber.cursor, head, BATCH, operations);
      for (const change of rows) subscriber.push(change);
      subscriber.cursor = rows.length < BATCH ? head : rows[rows.length - 1].seq;
    }
  }

  /** Changes after the head, to every subscriber already caught up with it. */
  private async readLive(from: number): Promise<number> {
    const current = [...this.subscribers].filter((s) => s.cursor >= from);
    let head = from;
    let rows: Change[];
    do {
      rows = await pollChanges(this.db, head, null, BATCH, null);
      for (const change of rows) {
        for (const subscriber of current) {
          if (change.seq <= subscriber.cursor) continue;
          if (!subscriber.operations || subscriber.operations.has(change.operation)) subscriber.push(change);
        }
      }
      if (rows.length > 0) head = rows[rows.length - 1].seq;
    } while (rows.length === BATCH);
    for (const subscriber of current) subscriber.cursor = Math.max(subscriber.cursor, head);
    return head;
  }
}
